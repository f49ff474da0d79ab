//! Parsed range responses kept in memory per prefix, so each prefix is fetched once.

use super::{HashPrefix, RangeQuery, RangeResponse};
use std::collections::{HashMap, VecDeque};

/// Prefixes a [`RangeCache::new`] cache holds before evicting the oldest (about 40 KB each).
pub const DEFAULT_CACHE_CAPACITY: usize = 256;

/// An in-memory map from prefix to its parsed range response, bounded in size.
///
/// When full, inserting a new prefix evicts the one inserted longest ago. Nothing is persisted:
/// in a page it lives as long as the page; on a server, as long as the value.
///
/// ```
/// use signup_guard::breach::{RangeCache, RangeQuery, RangeResponse};
/// let query = RangeQuery::for_password("password");
/// let mut cache = RangeCache::new();
/// assert_eq!(cache.count(&query), None); // not fetched yet: ask the API
/// let body = "1E4C9B93F3F0682250B6CF8331B7EE68FD8:10434004";
/// cache.insert(*query.prefix(), RangeResponse::parse(body)?);
/// assert_eq!(cache.count(&query), Some(10434004));
/// # Ok::<(), signup_guard::breach::RangeParseError>(())
/// ```
#[derive(Debug, Clone)]
pub struct RangeCache {
    entries: HashMap<HashPrefix, RangeResponse>,
    /// Prefixes in insertion order, oldest first; always the same set as `entries`' keys.
    order: VecDeque<HashPrefix>,
    capacity: usize,
}

impl Default for RangeCache {
    fn default() -> Self {
        Self::new()
    }
}

impl RangeCache {
    /// An empty cache holding up to [`DEFAULT_CACHE_CAPACITY`] prefixes.
    ///
    /// ```
    /// use signup_guard::breach::{RangeCache, DEFAULT_CACHE_CAPACITY};
    /// let cache = RangeCache::new();
    /// assert!(cache.is_empty());
    /// assert_eq!(cache.capacity(), DEFAULT_CACHE_CAPACITY);
    /// ```
    pub fn new() -> Self {
        Self::with_capacity(DEFAULT_CACHE_CAPACITY)
    }

    /// An empty cache holding up to `capacity` prefixes; 0 disables caching.
    ///
    /// ```
    /// use signup_guard::breach::{HashPrefix, RangeCache, RangeResponse};
    /// let mut cache = RangeCache::with_capacity(1);
    /// let response = RangeResponse::parse("0018A45C4D1DEF81644B54AB7F969B88D65:3")?;
    /// cache.insert(HashPrefix::parse("00000")?, response.clone());
    /// cache.insert(HashPrefix::parse("00001")?, response);
    /// assert_eq!(cache.len(), 1); // the older prefix was evicted
    /// assert!(cache.get(&HashPrefix::parse("00000")?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            entries: HashMap::new(),
            order: VecDeque::new(),
            capacity,
        }
    }

    /// The parsed response cached for `prefix`, if any.
    ///
    /// ```
    /// use signup_guard::breach::{HashPrefix, RangeCache, RangeResponse};
    /// let mut cache = RangeCache::new();
    /// let prefix = HashPrefix::parse("5BAA6")?;
    /// cache.insert(prefix, RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:7")?);
    /// assert_eq!(cache.get(&prefix).map(|r| r.len()), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get(&self, prefix: &HashPrefix) -> Option<&RangeResponse> {
        self.entries.get(prefix)
    }

    /// The breach count for `query` if its prefix is cached (0 = cached and not listed).
    ///
    /// ```
    /// use signup_guard::breach::{RangeCache, RangeQuery, RangeResponse};
    /// let mut cache = RangeCache::new();
    /// let listed = RangeQuery::for_password("password");
    /// cache.insert(*listed.prefix(), RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:7")?);
    /// assert_eq!(cache.count(&listed), Some(7));
    /// // Same prefix, suffix not listed: cached, and not breached.
    /// let other = RangeQuery::from_sha1_hex("5BAA6FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")?;
    /// assert_eq!(cache.count(&other), Some(0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn count(&self, query: &RangeQuery) -> Option<u64> {
        self.get(query.prefix())
            .map(|response| response.count(query.suffix()))
    }

    /// Caches `response` for `prefix`, replacing any previous one, evicting the oldest prefix
    /// when the cache is full.
    ///
    /// ```
    /// use signup_guard::breach::{HashPrefix, RangeCache, RangeResponse};
    /// let mut cache = RangeCache::new();
    /// let prefix = HashPrefix::parse("5BAA6")?;
    /// cache.insert(prefix, RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:7")?);
    /// cache.insert(prefix, RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:9")?);
    /// assert_eq!(cache.len(), 1); // replaced, not added
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn insert(&mut self, prefix: HashPrefix, response: RangeResponse) {
        if self.capacity == 0 {
            return;
        }
        if self.entries.insert(prefix, response).is_some() {
            return;
        }
        self.order.push_back(prefix);
        while self.order.len() > self.capacity {
            if let Some(oldest) = self.order.pop_front() {
                self.entries.remove(&oldest);
            }
        }
    }

    /// Number of prefixes cached.
    ///
    /// ```
    /// use signup_guard::breach::RangeCache;
    /// assert_eq!(RangeCache::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is cached.
    ///
    /// ```
    /// use signup_guard::breach::RangeCache;
    /// assert!(RangeCache::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Most prefixes held at once.
    ///
    /// ```
    /// use signup_guard::breach::RangeCache;
    /// assert_eq!(RangeCache::with_capacity(16).capacity(), 16);
    /// ```
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Forgets every cached response.
    ///
    /// ```
    /// use signup_guard::breach::{HashPrefix, RangeCache, RangeResponse};
    /// let mut cache = RangeCache::new();
    /// cache.insert(HashPrefix::parse("5BAA6")?, RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:7")?);
    /// cache.clear();
    /// assert!(cache.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clear(&mut self) {
        self.entries.clear();
        self.order.clear();
    }
}

/// One [`RangeCache`] per endpoint, so that answers from a test server, a mirror and the real
/// API are never mixed up. Keys are endpoints as returned by [`super::normalize_endpoint`].
///
/// ```
/// use signup_guard::breach::{EndpointCaches, RangeQuery, RangeResponse};
/// let query = RangeQuery::for_password("password");
/// let mut caches = EndpointCaches::new();
/// caches.insert("http://127.0.0.1:8788", *query.prefix(), RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:7")?);
/// assert_eq!(caches.count("http://127.0.0.1:8788", &query), Some(7));
/// assert_eq!(caches.count("https://api.pwnedpasswords.com", &query), None);
/// # Ok::<(), signup_guard::breach::RangeParseError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct EndpointCaches {
    caches: HashMap<String, RangeCache>,
}

impl EndpointCaches {
    /// No endpoint cached yet.
    ///
    /// ```
    /// use signup_guard::breach::EndpointCaches;
    /// assert!(EndpointCaches::new().get("https://api.pwnedpasswords.com").is_none());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// The breach count for `query` if `endpoint` has answered for its prefix before.
    ///
    /// ```
    /// use signup_guard::breach::{EndpointCaches, RangeQuery};
    /// let caches = EndpointCaches::new();
    /// assert_eq!(caches.count("https://api.pwnedpasswords.com", &RangeQuery::for_password("x")), None);
    /// ```
    pub fn count(&self, endpoint: &str, query: &RangeQuery) -> Option<u64> {
        self.caches
            .get(endpoint)
            .and_then(|cache| cache.count(query))
    }

    /// Caches `response` as `endpoint`'s answer for `prefix`.
    ///
    /// ```
    /// use signup_guard::breach::{EndpointCaches, HashPrefix, RangeResponse};
    /// let mut caches = EndpointCaches::new();
    /// caches.insert("https://mirror.test", HashPrefix::parse("5BAA6")?, RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:7")?);
    /// assert_eq!(caches.get("https://mirror.test").map(|c| c.len()), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn insert(&mut self, endpoint: &str, prefix: HashPrefix, response: RangeResponse) {
        self.caches
            .entry(endpoint.to_owned())
            .or_default()
            .insert(prefix, response);
    }

    /// The cache of `endpoint`, if it has one.
    ///
    /// ```
    /// use signup_guard::breach::EndpointCaches;
    /// assert!(EndpointCaches::new().get("https://mirror.test").is_none());
    /// ```
    pub fn get(&self, endpoint: &str) -> Option<&RangeCache> {
        self.caches.get(endpoint)
    }

    /// Forgets every cached response of every endpoint.
    ///
    /// ```
    /// use signup_guard::breach::{EndpointCaches, HashPrefix, RangeResponse};
    /// let mut caches = EndpointCaches::new();
    /// caches.insert("https://mirror.test", HashPrefix::parse("5BAA6")?, RangeResponse::parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:7")?);
    /// caches.clear();
    /// assert!(caches.get("https://mirror.test").is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn clear(&mut self) {
        self.caches.clear();
    }
}
