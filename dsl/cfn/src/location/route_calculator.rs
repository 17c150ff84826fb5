// @generated from AWS::Location::RouteCalculator (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Location::RouteCalculator` and its property types.

/// Definition of AWS::Location::RouteCalculator Resource Type
///
/// CloudFormation type `AWS::Location::RouteCalculator`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteCalculator {
    props: ::forma_core::schema::Props,
}
impl RouteCalculator {
    /// A new resource with its required properties: `CalculatorName`, `DataSource`.
    #[track_caller]
    pub fn new(
        calculator_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        data_source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, calculator_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, data_source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PricingPlan`.
    #[track_caller]
    pub fn pricing_plan(mut self, value: impl ::forma_core::schema::EnumArg<PricingPlan>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RouteCalculator {
    type Attributes = RouteCalculatorAttributes;
    fn type_name(&self) -> &str {
        "AWS::Location::RouteCalculator"
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
/// The attributes of a `AWS::Location::RouteCalculator` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RouteCalculatorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RouteCalculatorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RouteCalculatorAttributes {
    /// `Fn::GetAtt` `CalculatorArn`.
    pub fn calculator_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CalculatorArn")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreateTime`.
    pub fn create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateTime")
    }
    /// `Fn::GetAtt` `UpdateTime`.
    pub fn update_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateTime")
    }
}

/// The values CloudFormation documents: `RequestBasedUsage`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PricingPlan {
    /// `RequestBasedUsage`
    RequestBasedUsage,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PricingPlan {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequestBasedUsage => "RequestBasedUsage",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RequestBasedUsage"]
    }
}
impl ::std::convert::From<PricingPlan> for ::forma_core::Value<PricingPlan> {
    fn from(v: PricingPlan) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PricingPlan {}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::Location::RouteCalculator`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Location::RouteCalculator",
    properties: &[
        ::forma_core::schema::Property {
            name: "CalculatorName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-._\\w]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "PricingPlan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RequestBasedUsage"]),
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
    attributes: &["CalculatorArn", "Arn", "CreateTime", "UpdateTime"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Location::RouteCalculator.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z+-=._:/]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9 _=@:.+-/]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
