// @generated from AWS::IVS::IngestConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IVS::IngestConfiguration` and its property types.

/// Resource Type definition for AWS::IVS::IngestConfiguration
///
/// CloudFormation type `AWS::IVS::IngestConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct IngestConfiguration {
    props: ::forma_core::schema::Props,
}
impl IngestConfiguration {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Ingest Protocol.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ingest_protocol(mut self, value: impl ::forma_core::schema::EnumArg<IngestProtocol>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether ingest configuration allows insecure ingest.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn insecure_ingest(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// IngestConfiguration
    ///
    /// Allowed: length 0 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Stage ARN.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn stage_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the asset model.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// User defined indentifier for participant associated with IngestConfiguration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for IngestConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for IngestConfiguration {
    type Attributes = IngestConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::IVS::IngestConfiguration"
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
/// The attributes of a `AWS::IVS::IngestConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IngestConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IngestConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IngestConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ParticipantId`.
    pub fn participant_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ParticipantId")
    }
    /// `Fn::GetAtt` `StreamKey`.
    pub fn stream_key(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StreamKey")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The values CloudFormation documents: `RTMP`, `RTMPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IngestProtocol {
    /// `RTMP`
    Rtmp,
    /// `RTMPS`
    Rtmps,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IngestProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rtmp => "RTMP",
            Self::Rtmps => "RTMPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RTMP", "RTMPS"]
    }
}
impl ::std::convert::From<IngestProtocol> for ::forma_core::Value<IngestProtocol> {
    fn from(v: IngestProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IngestProtocol {}

/// The `Tag` property type of `AWS::IVS::IngestConfiguration`.
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

/// The schema of `AWS::IVS::IngestConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IVS::IngestConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IngestProtocol",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["RTMP", "RTMPS"]),
        },
        ::forma_core::schema::Property {
            name: "InsecureIngest",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]*$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StageArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:stage/[a-zA-Z0-9-]+$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ParticipantId", "StreamKey", "State"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::IngestConfiguration.Tag",
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
