// @generated from AWS::DataZone::PolicyGrant (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::PolicyGrant` and its property types.

/// Policy Grant in AWS DataZone is an explicit authorization assignment that allows a specific principal (user, group, or project) to perform particular actions (such as creating glossary terms, managing projects, or accessing resources) on governed resources within a certain scope (like a Domain Unit or Project).
///
/// CloudFormation type `AWS::DataZone::PolicyGrant`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyGrant {
    props: ::forma_core::schema::Props,
}
impl PolicyGrant {
    /// A new resource with its required properties: `Detail`, `DomainIdentifier`, `EntityIdentifier`, `EntityType`, `PolicyType`, `Principal`.
    #[track_caller]
    pub fn new(
        detail: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        domain_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        entity_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        entity_type: impl ::forma_core::schema::EnumArg<TargetEntityType>,
        policy_type: impl ::forma_core::schema::EnumArg<ManagedPolicyType>,
        principal: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, detail.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, domain_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, entity_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, entity_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, policy_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, principal.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for PolicyGrant {
    type Attributes = PolicyGrantAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::PolicyGrant"
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
/// The attributes of a `AWS::DataZone::PolicyGrant` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyGrantAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyGrantAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PolicyGrantAttributes {
    /// `Fn::GetAtt` `GrantId`.
    pub fn grant_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GrantId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
}

/// The values CloudFormation documents: `DOMAIN_UNIT`, `ENVIRONMENT_BLUEPRINT_CONFIGURATION`, `ENVIRONMENT_PROFILE`, `ASSET_TYPE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetEntityType {
    /// `DOMAIN_UNIT`
    DomainUnit,
    /// `ENVIRONMENT_BLUEPRINT_CONFIGURATION`
    EnvironmentBlueprintConfiguration,
    /// `ENVIRONMENT_PROFILE`
    EnvironmentProfile,
    /// `ASSET_TYPE`
    AssetType,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetEntityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DomainUnit => "DOMAIN_UNIT",
            Self::EnvironmentBlueprintConfiguration => "ENVIRONMENT_BLUEPRINT_CONFIGURATION",
            Self::EnvironmentProfile => "ENVIRONMENT_PROFILE",
            Self::AssetType => "ASSET_TYPE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOMAIN_UNIT", "ENVIRONMENT_BLUEPRINT_CONFIGURATION", "ENVIRONMENT_PROFILE", "ASSET_TYPE"]
    }
}
impl ::std::convert::From<TargetEntityType> for ::forma_core::Value<TargetEntityType> {
    fn from(v: TargetEntityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetEntityType {}

/// The values CloudFormation documents: `CREATE_DOMAIN_UNIT`, `OVERRIDE_DOMAIN_UNIT_OWNERS`, `ADD_TO_PROJECT_MEMBER_POOL`, `OVERRIDE_PROJECT_OWNERS`, `CREATE_GLOSSARY`, `CREATE_FORM_TYPE`, `CREATE_ASSET_TYPE`, `CREATE_PROJECT`, `CREATE_ENVIRONMENT_PROFILE`, `DELEGATE_CREATE_ENVIRONMENT_PROFILE`, `CREATE_ENVIRONMENT`, `CREATE_ENVIRONMENT_FROM_BLUEPRINT`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ManagedPolicyType {
    /// `CREATE_DOMAIN_UNIT`
    CreateDomainUnit,
    /// `OVERRIDE_DOMAIN_UNIT_OWNERS`
    OverrideDomainUnitOwners,
    /// `ADD_TO_PROJECT_MEMBER_POOL`
    AddToProjectMemberPool,
    /// `OVERRIDE_PROJECT_OWNERS`
    OverrideProjectOwners,
    /// `CREATE_GLOSSARY`
    CreateGlossary,
    /// `CREATE_FORM_TYPE`
    CreateFormType,
    /// `CREATE_ASSET_TYPE`
    CreateAssetType,
    /// `CREATE_PROJECT`
    CreateProject,
    /// `CREATE_ENVIRONMENT_PROFILE`
    CreateEnvironmentProfile,
    /// `DELEGATE_CREATE_ENVIRONMENT_PROFILE`
    DelegateCreateEnvironmentProfile,
    /// `CREATE_ENVIRONMENT`
    CreateEnvironment,
    /// `CREATE_ENVIRONMENT_FROM_BLUEPRINT`
    CreateEnvironmentFromBlueprint,
    /// `CREATE_PROJECT_FROM_PROJECT_PROFILE`
    CreateProjectFromProjectProfile,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ManagedPolicyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateDomainUnit => "CREATE_DOMAIN_UNIT",
            Self::OverrideDomainUnitOwners => "OVERRIDE_DOMAIN_UNIT_OWNERS",
            Self::AddToProjectMemberPool => "ADD_TO_PROJECT_MEMBER_POOL",
            Self::OverrideProjectOwners => "OVERRIDE_PROJECT_OWNERS",
            Self::CreateGlossary => "CREATE_GLOSSARY",
            Self::CreateFormType => "CREATE_FORM_TYPE",
            Self::CreateAssetType => "CREATE_ASSET_TYPE",
            Self::CreateProject => "CREATE_PROJECT",
            Self::CreateEnvironmentProfile => "CREATE_ENVIRONMENT_PROFILE",
            Self::DelegateCreateEnvironmentProfile => "DELEGATE_CREATE_ENVIRONMENT_PROFILE",
            Self::CreateEnvironment => "CREATE_ENVIRONMENT",
            Self::CreateEnvironmentFromBlueprint => "CREATE_ENVIRONMENT_FROM_BLUEPRINT",
            Self::CreateProjectFromProjectProfile => "CREATE_PROJECT_FROM_PROJECT_PROFILE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CREATE_DOMAIN_UNIT",
            "OVERRIDE_DOMAIN_UNIT_OWNERS",
            "ADD_TO_PROJECT_MEMBER_POOL",
            "OVERRIDE_PROJECT_OWNERS",
            "CREATE_GLOSSARY",
            "CREATE_FORM_TYPE",
            "CREATE_ASSET_TYPE",
            "CREATE_PROJECT",
            "CREATE_ENVIRONMENT_PROFILE",
            "DELEGATE_CREATE_ENVIRONMENT_PROFILE",
            "CREATE_ENVIRONMENT",
            "CREATE_ENVIRONMENT_FROM_BLUEPRINT",
            "CREATE_PROJECT_FROM_PROJECT_PROFILE",
        ]
    }
}
impl ::std::convert::From<ManagedPolicyType> for ::forma_core::Value<ManagedPolicyType> {
    fn from(v: ManagedPolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ManagedPolicyType {}

/// The schema of `AWS::DataZone::PolicyGrant`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataZone::PolicyGrant",
    properties: &[
        ::forma_core::schema::Property {
            name: "Detail",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DomainIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EntityIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EntityType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DOMAIN_UNIT",
                "ENVIRONMENT_BLUEPRINT_CONFIGURATION",
                "ENVIRONMENT_PROFILE",
                "ASSET_TYPE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PolicyType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CREATE_DOMAIN_UNIT",
                "OVERRIDE_DOMAIN_UNIT_OWNERS",
                "ADD_TO_PROJECT_MEMBER_POOL",
                "OVERRIDE_PROJECT_OWNERS",
                "CREATE_GLOSSARY",
                "CREATE_FORM_TYPE",
                "CREATE_ASSET_TYPE",
                "CREATE_PROJECT",
                "CREATE_ENVIRONMENT_PROFILE",
                "DELEGATE_CREATE_ENVIRONMENT_PROFILE",
                "CREATE_ENVIRONMENT",
                "CREATE_ENVIRONMENT_FROM_BLUEPRINT",
                "CREATE_PROJECT_FROM_PROJECT_PROFILE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["GrantId", "CreatedAt", "CreatedBy"],
};
