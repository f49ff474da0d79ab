//! Breached-password check with k-anonymity (Have I Been Pwned range API).
