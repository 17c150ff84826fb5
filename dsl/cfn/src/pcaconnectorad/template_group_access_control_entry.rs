// @generated from AWS::PCAConnectorAD::TemplateGroupAccessControlEntry (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCAConnectorAD::TemplateGroupAccessControlEntry` and its property types.

/// Definition of AWS::PCAConnectorAD::TemplateGroupAccessControlEntry Resource Type
///
/// CloudFormation type `AWS::PCAConnectorAD::TemplateGroupAccessControlEntry`.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateGroupAccessControlEntry {
    props: ::forma_core::schema::Props,
}
impl TemplateGroupAccessControlEntry {
    /// A new resource with its required properties: `AccessRights`, `GroupDisplayName`, `GroupSecurityIdentifier`, `TemplateArn`.
    #[track_caller]
    pub fn new(
        access_rights: impl ::std::convert::Into<::forma_core::Value<AccessRights>>,
        group_display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        group_security_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, access_rights.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, group_display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, group_security_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, template_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TemplateGroupAccessControlEntry {
    type Attributes = TemplateGroupAccessControlEntryAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCAConnectorAD::TemplateGroupAccessControlEntry"
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
/// The attributes of a `AWS::PCAConnectorAD::TemplateGroupAccessControlEntry` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TemplateGroupAccessControlEntryAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TemplateGroupAccessControlEntryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `ALLOW`, `DENY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessRight {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessRight {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "DENY"]
    }
}
impl ::std::convert::From<AccessRight> for ::forma_core::Value<AccessRight> {
    fn from(v: AccessRight) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessRight {}

/// The `AccessRights` property type of `AWS::PCAConnectorAD::TemplateGroupAccessControlEntry`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessRights {
    props: ::forma_core::schema::Props,
}
impl AccessRights {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoEnroll`.
    pub fn auto_enroll(mut self, value: impl ::forma_core::schema::EnumArg<AccessRight>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Enroll`.
    pub fn enroll(mut self, value: impl ::forma_core::schema::EnumArg<AccessRight>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AccessRights {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessRights> for ::forma_core::Value<AccessRights> {
    fn from(v: AccessRights) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_RIGHTS_TYPE.properties))
    }
}

/// The schema of `AWS::PCAConnectorAD::TemplateGroupAccessControlEntry`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PCAConnectorAD::TemplateGroupAccessControlEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessRights",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_RIGHTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GroupDisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\x20-\\x7E]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupSecurityIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^S-[0-9]-([0-9]+-){1,14}[0-9]+$"),
                min_length: Some(7),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:connector(\\/[\\w-]+)\\/template(\\/[\\w-]+)$",
                ),
                min_length: Some(5),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ACCESS_RIGHTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCAConnectorAD::TemplateGroupAccessControlEntry.AccessRights",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoEnroll",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
        ::forma_core::schema::Property {
            name: "Enroll",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "DENY"]),
        },
    ],
    rules: &[],
};
