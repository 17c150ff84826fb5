// @generated from AWS::SecurityHub::PolicyAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::PolicyAssociation` and its property types.

/// The AWS::SecurityHub::PolicyAssociation resource represents the AWS Security Hub Central Configuration Policy associations in your Target.
///
/// CloudFormation type `AWS::SecurityHub::PolicyAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyAssociation {
    props: ::forma_core::schema::Props,
}
impl PolicyAssociation {
    /// A new resource with its required properties: `ConfigurationPolicyId`, `TargetId`, `TargetType`.
    #[track_caller]
    pub fn new(
        configuration_policy_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_type: impl ::forma_core::schema::EnumArg<TargetType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration_policy_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, target_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, target_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for PolicyAssociation {
    type Attributes = PolicyAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::PolicyAssociation"
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
/// The attributes of a `AWS::SecurityHub::PolicyAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PolicyAssociationAttributes {
    /// `Fn::GetAtt` `AssociationStatus`.
    pub fn association_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationStatus")
    }
    /// `Fn::GetAtt` `AssociationType`.
    pub fn association_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationType")
    }
    /// `Fn::GetAtt` `AssociationStatusMessage`.
    pub fn association_status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationStatusMessage")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `AssociationIdentifier`.
    pub fn association_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationIdentifier")
    }
}

/// The values CloudFormation documents: `ACCOUNT`, `ORGANIZATIONAL_UNIT`, `ROOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetType {
    /// `ACCOUNT`
    Account,
    /// `ORGANIZATIONAL_UNIT`
    OrganizationalUnit,
    /// `ROOT`
    Root,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::OrganizationalUnit => "ORGANIZATIONAL_UNIT",
            Self::Root => "ROOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCOUNT", "ORGANIZATIONAL_UNIT", "ROOT"]
    }
}
impl ::std::convert::From<TargetType> for ::forma_core::Value<TargetType> {
    fn from(v: TargetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetType {}

/// The schema of `AWS::SecurityHub::PolicyAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::PolicyAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationPolicyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^SELF_MANAGED_SECURITY_HUB$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ACCOUNT", "ORGANIZATIONAL_UNIT", "ROOT"]),
        },
    ],
    rules: &[],
    attributes: &[
        "AssociationStatus",
        "AssociationType",
        "AssociationStatusMessage",
        "UpdatedAt",
        "AssociationIdentifier",
    ],
};
