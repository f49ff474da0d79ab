//! signup-guard patch: the warm-up steps, in a process of their own (each test file is one), so
//! that nothing has been built before the first assertion.

use zxcvbn::warm_up::{done, step, STEPS};

#[test]
fn each_step_does_its_own_piece_and_an_estimate_does_the_rest() {
    let dictionaries = STEPS - 1;
    assert!(
        (0..STEPS).all(|index| !done(index)),
        "nothing is built before the first use"
    );

    assert!(step(2));
    assert!(done(2));
    assert!(
        (0..STEPS)
            .filter(|&index| index != 2)
            .all(|index| !done(index)),
        "a step builds only its own piece"
    );

    assert!(step(dictionaries));
    assert!(done(dictionaries));
    assert!((0..dictionaries)
        .filter(|&index| index != 2)
        .all(|index| !done(index)));

    let entropy = zxcvbn::zxcvbn("correct horse battery staple", &[]);
    assert!(
        (0..STEPS).all(done),
        "an estimate builds every dictionary it needs"
    );
    assert_eq!(entropy.score() as u8, 4);

    assert!(!step(STEPS));
    assert!(!done(STEPS));
}
