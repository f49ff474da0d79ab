//! Parsed range responses kept in memory per prefix, so each prefix is fetched once.

use super::{HashPrefix, RangeQuery, RangeResponse};
use std::collections::{HashMap, VecDeque};

/// Prefixes a [`RangeCache::new`] cache holds before evicting the oldest (about 40 KB each).
pub const DEFAULT_CACHE_CAPACITY: usize = 256;

/// An in-memory map from prefix to its parsed range response, bounded in size.
///
/// When full, inserting a new prefix evicts the one inserted longest ago. Nothing is persisted:
/// in a page it lives as long as the page; on a server, as long as the value.
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
    pub fn new() -> Self {
        Self::with_capacity(DEFAULT_CACHE_CAPACITY)
    }

    /// An empty cache holding up to `capacity` prefixes; 0 disables caching.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            entries: HashMap::new(),
            order: VecDeque::new(),
            capacity,
        }
    }

    /// The parsed response cached for `prefix`, if any.
    pub fn get(&self, prefix: &HashPrefix) -> Option<&RangeResponse> {
        self.entries.get(prefix)
    }

    /// The breach count for `query` if its prefix is cached (0 = cached and not listed).
    pub fn count(&self, query: &RangeQuery) -> Option<u64> {
        self.get(query.prefix())
            .map(|response| response.count(query.suffix()))
    }

    /// Caches `response` for `prefix`, replacing any previous one, evicting the oldest prefix
    /// when the cache is full.
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
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Most prefixes held at once.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Forgets every cached response.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.order.clear();
    }
}

/// One [`RangeCache`] per endpoint, so that answers from a test server, a mirror and the real
/// API are never mixed up. Keys are endpoints as returned by [`super::normalize_endpoint`].
#[derive(Debug, Clone, Default)]
pub struct EndpointCaches {
    caches: HashMap<String, RangeCache>,
}

impl EndpointCaches {
    /// No endpoint cached yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The breach count for `query` if `endpoint` has answered for its prefix before.
    pub fn count(&self, endpoint: &str, query: &RangeQuery) -> Option<u64> {
        self.caches
            .get(endpoint)
            .and_then(|cache| cache.count(query))
    }

    /// Caches `response` as `endpoint`'s answer for `prefix`.
    pub fn insert(&mut self, endpoint: &str, prefix: HashPrefix, response: RangeResponse) {
        self.caches
            .entry(endpoint.to_owned())
            .or_default()
            .insert(prefix, response);
    }

    /// The cache of `endpoint`, if it has one.
    pub fn get(&self, endpoint: &str) -> Option<&RangeCache> {
        self.caches.get(endpoint)
    }

    /// Forgets every cached response of every endpoint.
    pub fn clear(&mut self) {
        self.caches.clear();
    }
}
