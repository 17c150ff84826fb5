// @generated from AWS::GuardDuty::PublishingDestination (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GuardDuty::PublishingDestination` and its property types.

/// Resource Type definition for AWS::GuardDuty::PublishingDestination.
///
/// CloudFormation type `AWS::GuardDuty::PublishingDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishingDestination {
    props: ::forma_core::schema::Props,
}
impl PublishingDestination {
    /// A new resource with its required properties: `DestinationProperties`, `DestinationType`, `DetectorId`.
    #[track_caller]
    pub fn new(
        destination_properties: impl ::std::convert::Into<::forma_core::Value<CfnDestinationProperties>>,
        destination_type: impl ::forma_core::schema::EnumArg<DestinationType>,
        detector_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination_properties.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, destination_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, detector_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagItem>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PublishingDestination {
    type Attributes = PublishingDestinationAttributes;
    fn type_name(&self) -> &str {
        "AWS::GuardDuty::PublishingDestination"
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
/// The attributes of a `AWS::GuardDuty::PublishingDestination` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PublishingDestinationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PublishingDestinationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PublishingDestinationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `PublishingFailureStartTimestamp`.
    pub fn publishing_failure_start_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublishingFailureStartTimestamp")
    }
}

/// The values CloudFormation documents: `S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DestinationType {
    /// `S3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DestinationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3"]
    }
}
impl ::std::convert::From<DestinationType> for ::forma_core::Value<DestinationType> {
    fn from(v: DestinationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DestinationType {}

/// The `CFNDestinationProperties` property type of `AWS::GuardDuty::PublishingDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl CfnDestinationProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the resource to publish to.
    pub fn destination_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the KMS key to use for encryption.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CfnDestinationProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CfnDestinationProperties> for ::forma_core::Value<CfnDestinationProperties> {
    fn from(v: CfnDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `TagItem` property type of `AWS::GuardDuty::PublishingDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagItem {
    props: ::forma_core::schema::Props,
}
impl TagItem {
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
impl ::std::convert::From<TagItem> for ::forma_core::Value<TagItem> {
    fn from(v: TagItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_ITEM_TYPE.properties))
    }
}

/// The schema of `AWS::GuardDuty::PublishingDestination`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GuardDuty::PublishingDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationProperties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CFN_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DestinationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3"]),
        },
        ::forma_core::schema::Property {
            name: "DetectorId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id", "Status", "PublishingFailureStartTimestamp"],
};

static CFN_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GuardDuty::PublishingDestination.CFNDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GuardDuty::PublishingDestination.TagItem",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
