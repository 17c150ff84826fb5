// @generated from AWS::SSM::MaintenanceWindowTarget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::MaintenanceWindowTarget` and its property types.

/// Resource type definition for AWS::SSM::MaintenanceWindowTarget
///
/// CloudFormation type `AWS::SSM::MaintenanceWindowTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindowTarget {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindowTarget {
    /// A new resource with its required properties: `ResourceType`, `Targets`, `WindowId`.
    #[track_caller]
    pub fn new(
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
        targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Targets>>>,
        window_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, resource_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, targets.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, window_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description for the target.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name for the maintenance window target.
    ///
    /// Allowed: length 3 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A user-provided value that will be included in any Amazon CloudWatch Events events that are raised while running tasks for these targets in this maintenance window.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn owner_information(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MaintenanceWindowTarget {
    type Attributes = MaintenanceWindowTargetAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::MaintenanceWindowTarget"
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
/// The attributes of a `AWS::SSM::MaintenanceWindowTarget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MaintenanceWindowTargetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MaintenanceWindowTargetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MaintenanceWindowTargetAttributes {
    /// `Fn::GetAtt` `WindowTargetId`.
    pub fn window_target_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WindowTargetId")
    }
}

/// The values CloudFormation documents: `INSTANCE`, `RESOURCE_GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `INSTANCE`
    Instance,
    /// `RESOURCE_GROUP`
    ResourceGroup,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "INSTANCE",
            Self::ResourceGroup => "RESOURCE_GROUP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INSTANCE", "RESOURCE_GROUP"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The `Targets` property type of `AWS::SSM::MaintenanceWindowTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct Targets {
    props: ::forma_core::schema::Props,
}
impl Targets {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Targets> for ::forma_core::Value<Targets> {
    fn from(v: Targets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGETS_TYPE.properties))
    }
}

/// The schema of `AWS::SSM::MaintenanceWindowTarget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::MaintenanceWindowTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]{3,128}$"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OwnerInformation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INSTANCE", "RESOURCE_GROUP"]),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGETS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WindowId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^mw-[0-9a-f]{17}$"),
                min_length: Some(20),
                max_length: Some(20),
            }),
        },
    ],
    rules: &[],
    attributes: &["WindowTargetId"],
};

static TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::MaintenanceWindowTarget.Targets",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name$",
                ),
                min_length: Some(1),
                max_length: Some(163),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};
