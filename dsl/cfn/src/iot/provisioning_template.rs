// @generated from AWS::IoT::ProvisioningTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::ProvisioningTemplate` and its property types.

/// Creates a fleet provisioning template.
///
/// CloudFormation type `AWS::IoT::ProvisioningTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningTemplate {
    props: ::forma_core::schema::Props,
}
impl ProvisioningTemplate {
    /// A new resource with its required properties: `ProvisioningRoleArn`, `TemplateBody`.
    #[track_caller]
    pub fn new(
        provisioning_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_body: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, provisioning_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, template_body.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Enabled`.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PreProvisioningHook`.
    #[track_caller]
    pub fn pre_provisioning_hook(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisioningHook>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TemplateName`.
    ///
    /// Allowed: length 1 to 36.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TemplateType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn template_type(mut self, value: impl ::forma_core::schema::EnumArg<TemplateType>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ProvisioningTemplate {
    type Attributes = ProvisioningTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::ProvisioningTemplate"
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
/// The attributes of a `AWS::IoT::ProvisioningTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProvisioningTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProvisioningTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProvisioningTemplateAttributes {
    /// `Fn::GetAtt` `TemplateArn`.
    pub fn template_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TemplateArn")
    }
}

/// The values CloudFormation documents: `FLEET_PROVISIONING`, `JITP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TemplateType {
    /// `FLEET_PROVISIONING`
    FleetProvisioning,
    /// `JITP`
    Jitp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TemplateType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FleetProvisioning => "FLEET_PROVISIONING",
            Self::Jitp => "JITP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FLEET_PROVISIONING", "JITP"]
    }
}
impl ::std::convert::From<TemplateType> for ::forma_core::Value<TemplateType> {
    fn from(v: TemplateType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TemplateType {}

/// The `ProvisioningHook` property type of `AWS::IoT::ProvisioningTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningHook {
    props: ::forma_core::schema::Props,
}
impl ProvisioningHook {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PayloadVersion`.
    ///
    /// Allowed: length 10 to 32.
    pub fn payload_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TargetArn`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn target_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProvisioningHook {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProvisioningHook> for ::forma_core::Value<ProvisioningHook> {
    fn from(v: ProvisioningHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONING_HOOK_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoT::ProvisioningTemplate`.
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

/// The schema of `AWS::IoT::ProvisioningTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::ProvisioningTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{C}]*$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PreProvisioningHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONING_HOOK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
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
            name: "TemplateBody",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(10240),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_-]+$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["FLEET_PROVISIONING", "JITP"]),
        },
    ],
    rules: &[],
    attributes: &["TemplateArn"],
};

static PROVISIONING_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ProvisioningTemplate.ProvisioningHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "PayloadVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9-]+$"),
                min_length: Some(10),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::ProvisioningTemplate.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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
