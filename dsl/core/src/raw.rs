//! `RawResource`: any resource type with any properties.

use indexmap::IndexMap;

use crate::resource::CfnResource;
use crate::value::Expr;

/// A resource of any type, its properties given by name. The escape hatch for anything
/// without a typed builder; the handle it yields works like any other.
///
/// ```
/// # use forma_core::{App, RawResource};
/// let app = App::new();
/// let stack = app.stack("Data");
/// let queue = stack.add("Jobs", RawResource::new("AWS::SQS::Queue").property("SqsManagedSseEnabled", true));
/// let _arn = queue.get_att::<String>("Arn");
/// ```
#[derive(Debug, Clone)]
pub struct RawResource {
    type_name: String,
    properties: IndexMap<String, Expr>,
    set_at: crate::schema::SetAt,
}

impl RawResource {
    pub fn new(type_name: impl Into<String>) -> Self {
        RawResource { type_name: type_name.into(), properties: IndexMap::new(), set_at: Vec::new() }
    }

    /// Sets a property; a later call with the same name replaces the value. A problem with
    /// the value points at this call.
    #[track_caller]
    pub fn property(mut self, name: impl Into<String>, value: impl Into<Expr>) -> Self {
        let name = name.into();
        self.set_at.push((name.clone().into(), std::panic::Location::caller()));
        self.properties.insert(name, value.into());
        self
    }
}

impl CfnResource for RawResource {
    type Attributes = crate::schema::NoAttributes;

    fn type_name(&self) -> &str {
        &self.type_name
    }

    fn into_properties(self) -> crate::schema::Object {
        crate::schema::Object::from_map(self.properties)
    }

    fn into_parts(self) -> (crate::schema::Object, crate::schema::SetAt) {
        (crate::schema::Object::from_map(self.properties), self.set_at)
    }
}
