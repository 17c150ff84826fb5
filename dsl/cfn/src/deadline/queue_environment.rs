// @generated from AWS::Deadline::QueueEnvironment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::QueueEnvironment` and its property types.

/// Resource Type definition for AWS::Deadline::QueueEnvironment
///
/// CloudFormation type `AWS::Deadline::QueueEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueEnvironment {
    props: ::forma_core::schema::Props,
}
impl QueueEnvironment {
    /// A new resource with its required properties: `FarmId`, `Priority`, `QueueId`, `Template`, `TemplateType`.
    #[track_caller]
    pub fn new(
        farm_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        queue_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_type: impl ::forma_core::schema::EnumArg<EnvironmentTemplateType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, farm_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, priority.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, queue_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, template.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, template_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for QueueEnvironment {
    type Attributes = QueueEnvironmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::QueueEnvironment"
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
/// The attributes of a `AWS::Deadline::QueueEnvironment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QueueEnvironmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QueueEnvironmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QueueEnvironmentAttributes {
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `QueueEnvironmentId`.
    pub fn queue_environment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QueueEnvironmentId")
    }
}

/// The values CloudFormation documents: `JSON`, `YAML`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvironmentTemplateType {
    /// `JSON`
    Json,
    /// `YAML`
    Yaml,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnvironmentTemplateType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "JSON",
            Self::Yaml => "YAML",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JSON", "YAML"]
    }
}
impl ::std::convert::From<EnvironmentTemplateType> for ::forma_core::Value<EnvironmentTemplateType> {
    fn from(v: EnvironmentTemplateType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnvironmentTemplateType {}

/// The schema of `AWS::Deadline::QueueEnvironment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::QueueEnvironment",
    properties: &[
        ::forma_core::schema::Property {
            name: "FarmId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^farm-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueueId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^queue-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Template",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(15000),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JSON", "YAML"]),
        },
    ],
    rules: &[],
    attributes: &["Name", "QueueEnvironmentId"],
};
