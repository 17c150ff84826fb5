// @generated from AWS::ElementalInference::Feed (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElementalInference::Feed` and its property types.

/// Represents a feed that receives media for inference processing
///
/// CloudFormation type `AWS::ElementalInference::Feed`.
#[derive(Debug, Clone, PartialEq)]
pub struct Feed {
    props: ::forma_core::schema::Props,
}
impl Feed {
    /// A new resource with its required properties: `Name`, `Outputs`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        outputs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GetOutput>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, outputs.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessRoleArn`.
    ///
    /// Allowed: length 32 to 255.
    #[track_caller]
    pub fn access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Feed {
    type Attributes = FeedAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElementalInference::Feed"
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
/// The attributes of a `AWS::ElementalInference::Feed` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FeedAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FeedAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FeedAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DataEndpoints`.
    pub fn data_endpoints(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DataEndpoints")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<OutputStatus> for ::forma_core::Value<OutputStatus> {
    fn from(v: OutputStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputStatus {}

/// The `GetOutput` property type of `AWS::ElementalInference::Feed`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOutput {
    props: ::forma_core::schema::Props,
}
impl GetOutput {
    /// A new value with its required properties: `Name`, `OutputConfig`, `Status`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        output_config: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        status: impl ::forma_core::schema::EnumArg<OutputStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, output_config.into().into_expr());
        props.set(3, status.into_enum_expr());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GetOutput> for ::forma_core::Value<GetOutput> {
    fn from(v: GetOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GET_OUTPUT_TYPE.properties))
    }
}

/// The schema of `AWS::ElementalInference::Feed`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElementalInference::Feed",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::[0-9]{12}:role/.+$"),
                min_length: Some(32),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Outputs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GET_OUTPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "DataEndpoints", "Id"],
};

static GET_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElementalInference::Feed.GetOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w \\-\\.',@:;]*$"),
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};
