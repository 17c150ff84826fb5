// @generated from AWS::Connect::DataTableAttribute (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::DataTableAttribute` and its property types.

/// Resource Type definition for AWS::Connect::DataTableAttribute
///
/// CloudFormation type `AWS::Connect::DataTableAttribute`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTableAttribute {
    props: ::forma_core::schema::Props,
}
impl DataTableAttribute {
    /// A new resource with its required properties: `DataTableArn`, `InstanceArn`, `Name`, `ValueType`.
    #[track_caller]
    pub fn new(
        data_table_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_type: impl ::forma_core::schema::EnumArg<ValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, data_table_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, value_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 250.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Primary`.
    #[track_caller]
    pub fn primary(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Validation`.
    #[track_caller]
    pub fn validation(mut self, value: impl ::std::convert::Into<::forma_core::Value<Validation>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataTableAttribute {
    type Attributes = DataTableAttributeAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::DataTableAttribute"
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
/// The attributes of a `AWS::Connect::DataTableAttribute` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataTableAttributeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataTableAttributeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataTableAttributeAttributes {
    /// `Fn::GetAtt` `AttributeId`.
    pub fn attribute_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AttributeId")
    }
    /// `Fn::GetAtt` `LockVersion`.
    pub fn lock_version(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LockVersion")
    }
    /// `Fn::GetAtt` `LastModifiedRegion`.
    pub fn last_modified_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedRegion")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `TEXT`, `NUMBER`, `BOOLEAN`, `TEXT_LIST`, `NUMBER_LIST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValueType {
    /// `TEXT`
    Text,
    /// `NUMBER`
    Number,
    /// `BOOLEAN`
    Boolean,
    /// `TEXT_LIST`
    TextList,
    /// `NUMBER_LIST`
    NumberList,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "TEXT",
            Self::Number => "NUMBER",
            Self::Boolean => "BOOLEAN",
            Self::TextList => "TEXT_LIST",
            Self::NumberList => "NUMBER_LIST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEXT", "NUMBER", "BOOLEAN", "TEXT_LIST", "NUMBER_LIST"]
    }
}
impl ::std::convert::From<ValueType> for ::forma_core::Value<ValueType> {
    fn from(v: ValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ValueType {}

/// The `Validation` property type of `AWS::Connect::DataTableAttribute`.
#[derive(Debug, Clone, PartialEq)]
pub struct Validation {
    props: ::forma_core::schema::Props,
}
impl Validation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enum`.
    pub fn enum_(mut self, value: impl ::std::convert::Into<::forma_core::Value<ValidationEnum>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExclusiveMaximum`.
    pub fn exclusive_maximum(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExclusiveMinimum`.
    pub fn exclusive_minimum(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxLength`.
    ///
    /// Allowed: 0 to 1000.
    pub fn max_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaxValues`.
    ///
    /// Allowed: 0 to 100.
    pub fn max_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Maximum`.
    pub fn maximum(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MinLength`.
    ///
    /// Allowed: 0 to 1000.
    pub fn min_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `MinValues`.
    ///
    /// Allowed: 0 to 100.
    pub fn min_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Minimum`.
    pub fn minimum(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `MultipleOf`.
    ///
    /// Allowed: at least 0.
    pub fn multiple_of(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Validation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Validation> for ::forma_core::Value<Validation> {
    fn from(v: Validation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDATION_TYPE.properties))
    }
}

/// The `ValidationEnum` property type of `AWS::Connect::DataTableAttribute`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationEnum {
    props: ::forma_core::schema::Props,
}
impl ValidationEnum {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Strict`.
    pub fn strict(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ValidationEnum {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ValidationEnum> for ::forma_core::Value<ValidationEnum> {
    fn from(v: ValidationEnum) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDATION_ENUM_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::DataTableAttribute`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::DataTableAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataTableArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{C}\r\n\t]+$"),
                min_length: Some(0),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Primary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Validation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALIDATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TEXT", "NUMBER", "BOOLEAN", "TEXT_LIST", "NUMBER_LIST"]),
        },
    ],
    rules: &[],
    attributes: &["AttributeId", "LockVersion", "LastModifiedRegion", "LastModifiedTime"],
};

static VALIDATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::DataTableAttribute.Validation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALIDATION_ENUM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExclusiveMaximum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ExclusiveMinimum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Maximum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Minimum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MultipleOf",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static VALIDATION_ENUM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::DataTableAttribute.ValidationEnum",
    properties: &[
        ::forma_core::schema::Property {
            name: "Strict",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
