// @generated from AWS::HealthImaging::Datastore (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::HealthImaging::Datastore` and its property types.

/// Definition of AWS::HealthImaging::Datastore Resource Type
///
/// CloudFormation type `AWS::HealthImaging::Datastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct Datastore {
    props: ::forma_core::schema::Props,
}
impl Datastore {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// User friendly name for Datastore.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn datastore_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN referencing a KMS key or KMS key alias.
    ///
    /// Allowed: length 1 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Map of key value pairs for Tags.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Datastore {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Datastore {
    type Attributes = DatastoreAttributes;
    fn type_name(&self) -> &str {
        "AWS::HealthImaging::Datastore"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::HealthImaging::Datastore` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatastoreAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatastoreAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DatastoreAttributes {
    /// `Fn::GetAtt` `DatastoreArn`.
    pub fn datastore_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatastoreArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `DatastoreId`.
    pub fn datastore_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatastoreId")
    }
    /// `Fn::GetAtt` `DatastoreStatus`.
    pub fn datastore_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatastoreStatus")
    }
}

/// The schema of `AWS::HealthImaging::Datastore`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::HealthImaging::Datastore",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatastoreName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9._/#-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["DatastoreArn", "CreatedAt", "UpdatedAt", "DatastoreId", "DatastoreStatus"],
};
