// @generated from AWS::Evidently::Feature (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Evidently::Feature` and its property types.

/// Resource Type definition for AWS::Evidently::Feature.
///
/// CloudFormation type `AWS::Evidently::Feature`.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    props: ::forma_core::schema::Props,
}
impl Feature {
    /// A new resource with its required properties: `Name`, `Project`, `Variations`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        project: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        variations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VariationObject>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, project.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, variations.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DefaultVariation`.
    ///
    /// Allowed: length 1 to 127.
    #[track_caller]
    pub fn default_variation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 160.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EntityOverrides`.
    #[track_caller]
    pub fn entity_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EntityOverride>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EvaluationStrategy`.
    #[track_caller]
    pub fn evaluation_strategy(mut self, value: impl ::forma_core::schema::EnumArg<EvaluationStrategy>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Feature {
    type Attributes = FeatureAttributes;
    fn type_name(&self) -> &str {
        "AWS::Evidently::Feature"
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
/// The attributes of a `AWS::Evidently::Feature` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FeatureAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FeatureAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FeatureAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ALL_RULES`, `DEFAULT_VARIATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluationStrategy {
    /// `ALL_RULES`
    AllRules,
    /// `DEFAULT_VARIATION`
    DefaultVariation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EvaluationStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllRules => "ALL_RULES",
            Self::DefaultVariation => "DEFAULT_VARIATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL_RULES", "DEFAULT_VARIATION"]
    }
}
impl ::std::convert::From<EvaluationStrategy> for ::forma_core::Value<EvaluationStrategy> {
    fn from(v: EvaluationStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EvaluationStrategy {}

/// The `EntityOverride` property type of `AWS::Evidently::Feature`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityOverride {
    props: ::forma_core::schema::Props,
}
impl EntityOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EntityId`.
    pub fn entity_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Variation`.
    ///
    /// Allowed: length 1 to 127.
    pub fn variation(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EntityOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EntityOverride> for ::forma_core::Value<EntityOverride> {
    fn from(v: EntityOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_OVERRIDE_TYPE.properties))
    }
}

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

/// The `VariationObject` property type of `AWS::Evidently::Feature`.
#[derive(Debug, Clone, PartialEq)]
pub struct VariationObject {
    props: ::forma_core::schema::Props,
}
impl VariationObject {
    /// A new value with its required properties: `VariationName`.
    ///
    /// CloudFormation also needs exactly one of `StringValue`, `BooleanValue`, `LongValue` or `DoubleValue`.
    pub fn new(variation_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, variation_name.into().into_expr());
        Self { props }
    }
    /// `BooleanValue`.
    pub fn boolean_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DoubleValue`.
    pub fn double_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LongValue`.
    pub fn long_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StringValue`.
    ///
    /// Allowed: length 0 to 512.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VariationObject> for ::forma_core::Value<VariationObject> {
    fn from(v: VariationObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VARIATION_OBJECT_TYPE.properties))
    }
}

/// The schema of `AWS::Evidently::Feature`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Evidently::Feature",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultVariation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(160),
            }),
        },
        ::forma_core::schema::Property {
            name: "EntityOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENTITY_OVERRIDE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EvaluationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL_RULES", "DEFAULT_VARIATION"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Project",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:project/[-a-zA-Z0-9._]*)"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Variations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VARIATION_OBJECT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ENTITY_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Feature.EntityOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "EntityId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Variation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Feature.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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

static VARIATION_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Feature.VariationObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "BooleanValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DoubleValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LongValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "VariationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["VariationName", "StringValue"],
        &["VariationName", "BooleanValue"],
        &["VariationName", "LongValue"],
        &["VariationName", "DoubleValue"],
    ])],
};
