//! Lookalike URL, domain and email analysis.
