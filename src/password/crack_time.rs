//! zxcvbn's four attack scenarios, in seconds and as localized display text.
//!
//! The buckets copy zxcvbn's own display: below one second, then seconds, minutes, hours, days,
//! months (31 days), years (12 such months), and "centuries" from 100 years on. Each unit has
//! a singular key (`time.hour`, "1 hour") and a plural key (`time.hours`, "{count} hours").

use crate::messages::Messages;
use serde::{Deserialize, Serialize};
use zxcvbn::time_estimates::{CrackTimeSeconds, CrackTimes};

const MINUTE: u64 = 60;
const HOUR: u64 = MINUTE * 60;
const DAY: u64 = HOUR * 24;
const MONTH: u64 = DAY * 31;
const YEAR: u64 = MONTH * 12;
const CENTURY: u64 = YEAR * 100;

/// The display bucket of a crack time, which picks its catalog key.
///
/// ```
/// use signup_guard::password::TimeBucket;
/// assert_eq!(TimeBucket::of_seconds(7200.0), TimeBucket::Hours(2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeBucket {
    /// Under one second.
    LessThanASecond,
    /// 1 to 59 seconds.
    Seconds(u64),
    /// 1 to 59 minutes.
    Minutes(u64),
    /// 1 to 23 hours.
    Hours(u64),
    /// 1 to 30 days.
    Days(u64),
    /// 1 to 11 months.
    Months(u64),
    /// 1 to 99 years.
    Years(u64),
    /// 100 years or more.
    Centuries,
}

impl TimeBucket {
    /// Every catalog key a crack time display can use.
    pub const KEYS: [&'static str; 14] = [
        "time.less-than-a-second",
        "time.second",
        "time.seconds",
        "time.minute",
        "time.minutes",
        "time.hour",
        "time.hours",
        "time.day",
        "time.days",
        "time.month",
        "time.months",
        "time.year",
        "time.years",
        "time.centuries",
    ];

    /// The bucket for a duration of `seconds` (fractions are dropped, as zxcvbn does).
    ///
    /// ```
    /// use signup_guard::password::TimeBucket;
    /// assert_eq!(TimeBucket::of_seconds(0.5), TimeBucket::LessThanASecond);
    /// assert_eq!(TimeBucket::of_seconds(f64::NAN), TimeBucket::LessThanASecond);
    /// assert_eq!(TimeBucket::of_seconds(1e20), TimeBucket::Centuries);
    /// ```
    pub fn of_seconds(seconds: f64) -> Self {
        // `as` saturates: NaN becomes 0 and anything beyond u64 becomes u64::MAX.
        let whole = seconds as u64;
        if whole < 1 {
            TimeBucket::LessThanASecond
        } else if whole < MINUTE {
            TimeBucket::Seconds(whole)
        } else if whole < HOUR {
            TimeBucket::Minutes(whole / MINUTE)
        } else if whole < DAY {
            TimeBucket::Hours(whole / HOUR)
        } else if whole < MONTH {
            TimeBucket::Days(whole / DAY)
        } else if whole < YEAR {
            TimeBucket::Months(whole / MONTH)
        } else if whole < CENTURY {
            TimeBucket::Years(whole / YEAR)
        } else {
            TimeBucket::Centuries
        }
    }

    /// The catalog key and count for this bucket: singular key for exactly one, plural otherwise.
    ///
    /// ```
    /// use signup_guard::password::TimeBucket;
    /// assert_eq!(TimeBucket::Minutes(1).key_and_count(), ("time.minute", Some(1)));
    /// assert_eq!(TimeBucket::Minutes(5).key_and_count(), ("time.minutes", Some(5)));
    /// ```
    pub fn key_and_count(self) -> (&'static str, Option<u64>) {
        let pick = |count: u64, one: &'static str, many: &'static str| {
            (if count == 1 { one } else { many }, Some(count))
        };
        match self {
            TimeBucket::LessThanASecond => ("time.less-than-a-second", None),
            TimeBucket::Seconds(n) => pick(n, "time.second", "time.seconds"),
            TimeBucket::Minutes(n) => pick(n, "time.minute", "time.minutes"),
            TimeBucket::Hours(n) => pick(n, "time.hour", "time.hours"),
            TimeBucket::Days(n) => pick(n, "time.day", "time.days"),
            TimeBucket::Months(n) => pick(n, "time.month", "time.months"),
            TimeBucket::Years(n) => pick(n, "time.year", "time.years"),
            TimeBucket::Centuries => ("time.centuries", None),
        }
    }

    /// The localized display text, e.g. "3 hours" or "centuries".
    ///
    /// ```
    /// use signup_guard::password::TimeBucket;
    /// use signup_guard::messages::{Lang, Messages};
    /// assert_eq!(TimeBucket::Hours(3).display(&Messages::new(Lang::En)), "3 hours");
    /// ```
    pub fn display(self, messages: &Messages) -> String {
        let (key, count) = self.key_and_count();
        match count {
            Some(n) => messages.text(key, &[("count", &n.to_string())]),
            None => messages.text(key, &[]),
        }
    }
}

/// How long one attack scenario would take.
///
/// ```
/// use signup_guard::password::CrackTime;
/// use signup_guard::messages::{Lang, Messages};
/// let time = CrackTime::new(90.0, &Messages::new(Lang::En));
/// assert_eq!(time.display, "1 minute");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CrackTime {
    /// Estimated seconds to guess the password in this scenario.
    pub seconds: f64,
    /// The same duration for people, e.g. "3 hours", in the requested language.
    pub display: String,
}

impl CrackTime {
    /// The crack time for `seconds`, with its localized display.
    ///
    /// ```
    /// use signup_guard::password::CrackTime;
    /// use signup_guard::messages::{Lang, Messages};
    /// assert_eq!(CrackTime::new(0.2, &Messages::new(Lang::En)).seconds, 0.2);
    /// ```
    pub fn new(seconds: f64, messages: &Messages) -> Self {
        CrackTime {
            seconds,
            display: TimeBucket::of_seconds(seconds).display(messages),
        }
    }
}

/// Seconds to guess a password in zxcvbn's four attack scenarios.
///
/// ```
/// use signup_guard::password::CrackSeconds;
/// let seconds = CrackSeconds::from_guesses(10_000);
/// assert_eq!(seconds.offline_slow_hashing_1e4_per_second, 1.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct CrackSeconds {
    /// Online attack against a service that allows 100 guesses per hour.
    #[serde(rename = "onlineThrottling100PerHour")]
    pub online_throttling_100_per_hour: f64,
    /// Online attack against a service that does not throttle: 10 guesses per second.
    #[serde(rename = "onlineNoThrottling10PerSecond")]
    pub online_no_throttling_10_per_second: f64,
    /// Offline attack on a slow, salted hash (bcrypt, scrypt, PBKDF2): 10⁴ guesses per second.
    #[serde(rename = "offlineSlowHashing1e4PerSecond")]
    pub offline_slow_hashing_1e4_per_second: f64,
    /// Offline attack on a fast hash (SHA-1, SHA-256, MD5): 10¹⁰ guesses per second.
    #[serde(rename = "offlineFastHashing1e10PerSecond")]
    pub offline_fast_hashing_1e10_per_second: f64,
}

impl CrackSeconds {
    /// The crack times for `guesses`, computed by zxcvbn.
    ///
    /// ```
    /// use signup_guard::password::CrackSeconds;
    /// let seconds = CrackSeconds::from_guesses(100);
    /// assert_eq!(seconds.online_throttling_100_per_hour, 3600.0);
    /// assert_eq!(seconds.online_no_throttling_10_per_second, 10.0);
    /// ```
    pub fn from_guesses(guesses: u64) -> Self {
        let times = CrackTimes::new(guesses);
        CrackSeconds {
            online_throttling_100_per_hour: seconds(times.online_throttling_100_per_hour()),
            online_no_throttling_10_per_second: seconds(times.online_no_throttling_10_per_second()),
            offline_slow_hashing_1e4_per_second: seconds(
                times.offline_slow_hashing_1e4_per_second(),
            ),
            offline_fast_hashing_1e10_per_second: seconds(
                times.offline_fast_hashing_1e10_per_second(),
            ),
        }
    }
}

fn seconds(value: CrackTimeSeconds) -> f64 {
    match value {
        CrackTimeSeconds::Integer(n) => n as f64,
        CrackTimeSeconds::Float(x) => x,
    }
}

/// The four scenarios with localized display text.
///
/// ```
/// use signup_guard::password::{check_password, PasswordOptions};
/// let options = PasswordOptions::default();
/// let report = check_password("password", &options, &options.messages())?;
/// assert_eq!(report.crack_times.offline_fast_hashing_1e10_per_second.display, "less than a second");
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CrackTimesReport {
    /// Online, throttled to 100 guesses per hour.
    #[serde(rename = "onlineThrottling100PerHour")]
    pub online_throttling_100_per_hour: CrackTime,
    /// Online, unthrottled at 10 guesses per second.
    #[serde(rename = "onlineNoThrottling10PerSecond")]
    pub online_no_throttling_10_per_second: CrackTime,
    /// Offline, slow hash at 10⁴ guesses per second.
    #[serde(rename = "offlineSlowHashing1e4PerSecond")]
    pub offline_slow_hashing_1e4_per_second: CrackTime,
    /// Offline, fast hash at 10¹⁰ guesses per second.
    #[serde(rename = "offlineFastHashing1e10PerSecond")]
    pub offline_fast_hashing_1e10_per_second: CrackTime,
}

impl CrackTimesReport {
    /// Localizes `seconds`.
    ///
    /// ```
    /// use signup_guard::password::{CrackSeconds, CrackTimesReport};
    /// use signup_guard::messages::{Lang, Messages};
    /// let report = CrackTimesReport::new(&CrackSeconds::from_guesses(100), &Messages::new(Lang::En));
    /// assert_eq!(report.online_throttling_100_per_hour.display, "1 hour");
    /// ```
    pub fn new(seconds: &CrackSeconds, messages: &Messages) -> Self {
        CrackTimesReport {
            online_throttling_100_per_hour: CrackTime::new(
                seconds.online_throttling_100_per_hour,
                messages,
            ),
            online_no_throttling_10_per_second: CrackTime::new(
                seconds.online_no_throttling_10_per_second,
                messages,
            ),
            offline_slow_hashing_1e4_per_second: CrackTime::new(
                seconds.offline_slow_hashing_1e4_per_second,
                messages,
            ),
            offline_fast_hashing_1e10_per_second: CrackTime::new(
                seconds.offline_fast_hashing_1e10_per_second,
                messages,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn buckets_follow_zxcvbn_thresholds_and_plurals() {
        let en = Messages::new(Lang::En);
        assert_eq!(
            TimeBucket::of_seconds(0.4).display(&en),
            "less than a second"
        );
        assert_eq!(TimeBucket::of_seconds(1.0).display(&en), "1 second");
        assert_eq!(TimeBucket::of_seconds(59.9).display(&en), "59 seconds");
        assert_eq!(TimeBucket::of_seconds(3.0 * 3600.0).display(&en), "3 hours");
        assert_eq!(
            TimeBucket::of_seconds(31.0 * 86400.0).display(&en),
            "1 month"
        );
        assert_eq!(TimeBucket::of_seconds(1e12).display(&en), "centuries");
        assert_eq!(
            TimeBucket::of_seconds(f64::NAN),
            TimeBucket::LessThanASecond
        );
        let de = Messages::new(Lang::De);
        assert_eq!(TimeBucket::of_seconds(2.0 * 86400.0).display(&de), "2 Tage");
    }

    #[test]
    fn display_matches_zxcvbn_english_text_for_password123() {
        // zxcvbn's own documented example: 596 guesses.
        let en = Messages::new(Lang::En);
        let s = CrackSeconds::from_guesses(596);
        let times = CrackTimes::new(596);
        assert_eq!(
            CrackTime::new(s.online_throttling_100_per_hour, &en).display,
            times.online_throttling_100_per_hour().to_string()
        );
        assert_eq!(
            CrackTime::new(s.online_no_throttling_10_per_second, &en).display,
            times.online_no_throttling_10_per_second().to_string()
        );
        assert_eq!(
            CrackTime::new(s.offline_slow_hashing_1e4_per_second, &en).display,
            "less than a second"
        );
    }
}
