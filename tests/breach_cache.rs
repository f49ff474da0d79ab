//! The per-prefix cache of parsed range responses.

use signup_guard::breach::{
    HashPrefix, RangeCache, RangeQuery, RangeResponse, DEFAULT_CACHE_CAPACITY,
};

fn response_listing(query: &RangeQuery, count: u64) -> RangeResponse {
    RangeResponse::parse(&format!("{}:{count}\r\n", query.suffix().as_str())).unwrap()
}

fn prefix(text: &str) -> HashPrefix {
    HashPrefix::parse(text).unwrap()
}

#[test]
fn cached_prefix_answers_for_every_password_sharing_it() {
    let mut cache = RangeCache::new();
    let query = RangeQuery::for_password("password");
    assert_eq!(cache.count(&query), None);
    cache.insert(*query.prefix(), response_listing(&query, 12));
    assert_eq!(cache.count(&query), Some(12));
    // Another suffix under the same prefix is answered from the cache as "not listed".
    let sibling = RangeQuery::from_sha1_hex("5BAA6000000000000000000000000000000000000").ok();
    assert!(sibling.is_none(), "41 characters must be rejected");
    let sibling = RangeQuery::from_sha1_hex("5BAA600000000000000000000000000000000000").unwrap();
    assert_eq!(cache.count(&sibling), Some(0));
    assert_eq!(cache.count(&RangeQuery::for_password("123456")), None);
    assert_eq!(cache.len(), 1);
    assert_eq!(cache.capacity(), DEFAULT_CACHE_CAPACITY);
}

#[test]
fn full_cache_evicts_the_oldest_prefix() {
    let mut cache = RangeCache::with_capacity(2);
    cache.insert(prefix("00000"), RangeResponse::default());
    cache.insert(prefix("11111"), RangeResponse::default());
    // Replacing an existing prefix does not evict anything.
    cache.insert(prefix("00000"), RangeResponse::default());
    assert_eq!(cache.len(), 2);
    cache.insert(prefix("22222"), RangeResponse::default());
    assert_eq!(cache.len(), 2);
    assert!(cache.get(&prefix("00000")).is_none());
    assert!(cache.get(&prefix("11111")).is_some());
    assert!(cache.get(&prefix("22222")).is_some());
    cache.clear();
    assert!(cache.is_empty());
}

#[test]
fn zero_capacity_caches_nothing() {
    let mut cache = RangeCache::with_capacity(0);
    cache.insert(prefix("ABCDE"), RangeResponse::default());
    assert!(cache.is_empty());
}

#[test]
fn endpoints_are_cached_separately() {
    use signup_guard::breach::{normalize_endpoint, EndpointCaches};
    let query = RangeQuery::for_password("password");
    let local = normalize_endpoint("http://127.0.0.1:8788/").unwrap();
    let mut caches = EndpointCaches::new();
    caches.insert(local, *query.prefix(), response_listing(&query, 7));
    assert_eq!(caches.count("http://127.0.0.1:8788", &query), Some(7));
    assert_eq!(caches.count("https://api.pwnedpasswords.com", &query), None);
    assert_eq!(caches.get(local).map(RangeCache::len), Some(1));
    caches.clear();
    assert_eq!(caches.count(local, &query), None);
}
