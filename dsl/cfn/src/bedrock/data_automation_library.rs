// @generated from AWS::Bedrock::DataAutomationLibrary (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::DataAutomationLibrary` and its property types.

/// Resource Type definition for AWS::Bedrock::DataAutomationLibrary
///
/// CloudFormation type `AWS::Bedrock::DataAutomationLibrary`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataAutomationLibrary {
    props: ::forma_core::schema::Props,
}
impl DataAutomationLibrary {
    /// A new resource with its required properties: `LibraryName`.
    #[track_caller]
    pub fn new(library_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, library_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// KMS Encryption Configuration
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the DataAutomationLibrary
    ///
    /// Allowed: length 0 to 300.
    #[track_caller]
    pub fn library_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of tags
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataAutomationLibrary {
    type Attributes = DataAutomationLibraryAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::DataAutomationLibrary"
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
/// The attributes of a `AWS::Bedrock::DataAutomationLibrary` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataAutomationLibraryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataAutomationLibraryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataAutomationLibraryAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `EntityTypes`.
    pub fn entity_types(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EntityTypes")
    }
    /// `Fn::GetAtt` `LibraryArn`.
    pub fn library_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LibraryArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// KMS Encryption Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `KmsKeyId`.
    pub fn new(kms_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, kms_key_id.into().into_expr());
        Self { props }
    }
    /// KMS Encryption Context
    pub fn kms_encryption_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// Key value pair of a tag
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::DataAutomationLibrary`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::DataAutomationLibrary",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LibraryDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "LibraryName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreationTime", "EntityTypes", "LibraryArn", "Status"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationLibrary.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsEncryptionContext",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^.*\\S.*$"),
                    min_length: Some(1),
                    max_length: Some(2000),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::DataAutomationLibrary.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
