// @generated from AWS::SSM::Parameter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::Parameter` and its property types.

/// The `AWS::SSM::Parameter` resource creates an SSM parameter in SYSlong Parameter Store.
///
/// CloudFormation type `AWS::SSM::Parameter`.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    props: ::forma_core::schema::Props,
}
impl Parameter {
    /// A new resource with its required properties: `Type`, `Value`.
    #[track_caller]
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<Type>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, type_.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A regular expression used to validate the parameter value.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn allowed_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The data type of the parameter, such as `text` or `aws:ec2:image`.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn data_type(mut self, value: impl ::forma_core::schema::EnumArg<DataType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the parameter.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the parameter.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the policies assigned to a parameter.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn policies(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional metadata that you assign to a resource in the form of an arbitrary set of tags (key-value pairs).
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The parameter tier.
    #[track_caller]
    pub fn tier(mut self, value: impl ::forma_core::schema::EnumArg<Tier>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Parameter {
    type Attributes = ParameterAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::Parameter"
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
/// The attributes of a `AWS::SSM::Parameter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ParameterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ParameterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ParameterAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AllowedPattern`.
    pub fn allowed_pattern(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AllowedPattern")
    }
    /// `Fn::GetAtt` `DataType`.
    pub fn data_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataType")
    }
    /// `Fn::GetAtt` `Description`.
    pub fn description(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Description")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `Policies`.
    pub fn policies(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Policies")
    }
    /// `Fn::GetAtt` `Tier`.
    pub fn tier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Tier")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `Value`.
    pub fn value(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Value")
    }
}

/// The values CloudFormation documents: `text`, `aws:ec2:image`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataType {
    /// `text`
    Text,
    /// `aws:ec2:image`
    AwsEc2Image,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::AwsEc2Image => "aws:ec2:image",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["text", "aws:ec2:image"]
    }
}
impl ::std::convert::From<DataType> for ::forma_core::Value<DataType> {
    fn from(v: DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataType {}

/// The values CloudFormation documents: `Standard`, `Advanced`, `Intelligent-Tiering`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tier {
    /// `Standard`
    Standard,
    /// `Advanced`
    Advanced,
    /// `Intelligent-Tiering`
    IntelligentTiering,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::Advanced => "Advanced",
            Self::IntelligentTiering => "Intelligent-Tiering",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Standard", "Advanced", "Intelligent-Tiering"]
    }
}
impl ::std::convert::From<Tier> for ::forma_core::Value<Tier> {
    fn from(v: Tier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tier {}

/// The values CloudFormation documents: `String`, `StringList`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `String`
    String,
    /// `StringList`
    StringList,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "String",
            Self::StringList => "StringList",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["String", "StringList"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The schema of `AWS::SSM::Parameter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::Parameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["text", "aws:ec2:image"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Tier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Standard", "Advanced", "Intelligent-Tiering"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["String", "StringList"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "AllowedPattern", "DataType", "Description", "Name", "Policies", "Tier", "Type", "Value"],
};
