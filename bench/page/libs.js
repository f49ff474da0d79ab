// The estimators under comparison, as classic scripts loadable in the page and in classic
// workers (importScripts). Each entry: the scripts it needs and `setup()` → estimate(password).
self.benchLibs = {
  'zxcvbn.js': {
    scripts: ['/bench/npm/zxcvbn/dist/zxcvbn.js'],
    setup: () => (password) => self.zxcvbn(password).score,
  },
  'zxcvbn-ts': {
    scripts: [
      '/bench/npm/@zxcvbn-ts/core/dist/zxcvbn-ts.js',
      '/bench/npm/@zxcvbn-ts/language-common/dist/zxcvbn-ts.js',
      '/bench/npm/@zxcvbn-ts/language-en/dist/zxcvbn-ts.js',
    ],
    setup: () => {
      const { core } = self.zxcvbnts;
      const common = self.zxcvbnts['language-common'];
      const en = self.zxcvbnts['language-en'];
      const factory = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      });
      return (password) => factory.check(password).score;
    },
  },
};
