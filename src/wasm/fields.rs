//! Which field names a derived `Deserialize` struct accepts.
//!
//! serde-wasm-bindgen reads a struct by asking the JavaScript object for each declared field, so
//! `deny_unknown_fields` never sees the extra keys and a misspelt option would be ignored. This
//! module asks the struct's own derived code for its field list (serde passes it to
//! `deserialize_struct`), so the boundary can reject every other key by name.

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use std::cell::Cell;

/// A deserializer that records the field list it is asked for and then stops.
struct FieldRecorder<'a> {
    fields: &'a Cell<Option<&'static [&'static str]>>,
}

impl<'de> Deserializer<'de> for FieldRecorder<'_> {
    type Error = de::value::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.fields.set(Some(fields));
        Err(de::Error::custom("field names recorded"))
    }

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// The JavaScript-side names of `T`'s fields, or `None` when `T` is not read as a plain struct
/// (a map, or a struct with a hand-written `Deserialize` that checks keys itself).
pub(crate) fn field_names<T: DeserializeOwned>() -> Option<&'static [&'static str]> {
    let fields = Cell::new(None);
    let _ = T::deserialize(FieldRecorder { fields: &fields });
    fields.get()
}
