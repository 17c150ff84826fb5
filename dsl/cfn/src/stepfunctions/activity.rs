// @generated from AWS::StepFunctions::Activity (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::StepFunctions::Activity` and its property types.

/// Resource schema for Activity
///
/// CloudFormation type `AWS::StepFunctions::Activity`.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    props: ::forma_core::schema::Props,
}
impl Activity {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EncryptionConfiguration`.
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
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagsEntry>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Activity {
    type Attributes = ActivityAttributes;
    fn type_name(&self) -> &str {
        "AWS::StepFunctions::Activity"
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
/// The attributes of a `AWS::StepFunctions::Activity` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ActivityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ActivityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ActivityAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `EncryptionConfiguration`.
    pub fn encryption_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EncryptionConfiguration")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
}

/// The values CloudFormation documents: `CUSTOMER_MANAGED_KMS_KEY`, `AWS_OWNED_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `CUSTOMER_MANAGED_KMS_KEY`
    CustomerManagedKmsKey,
    /// `AWS_OWNED_KEY`
    AwsOwnedKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerManagedKmsKey => "CUSTOMER_MANAGED_KMS_KEY",
            Self::AwsOwnedKey => "AWS_OWNED_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KEY"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `EncryptionConfiguration` property type of `AWS::StepFunctions::Activity`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// `KmsDataKeyReusePeriodSeconds`.
    ///
    /// Allowed: 60 to 900.
    pub fn kms_data_key_reuse_period_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `TagsEntry` property type of `AWS::StepFunctions::Activity`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagsEntry {
    props: ::forma_core::schema::Props,
}
impl TagsEntry {
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
impl ::std::convert::From<TagsEntry> for ::forma_core::Value<TagsEntry> {
    fn from(v: TagsEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_ENTRY_TYPE.properties))
    }
}

/// The schema of `AWS::StepFunctions::Activity`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::StepFunctions::Activity",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(80),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_ENTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "EncryptionConfiguration", "Name"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::Activity.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsDataKeyReusePeriodSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(900.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KEY"]),
        },
    ],
    rules: &[],
};

static TAGS_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::Activity.TagsEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
