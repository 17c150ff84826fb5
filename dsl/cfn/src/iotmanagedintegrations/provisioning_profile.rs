// @generated from AWS::IoTManagedIntegrations::ProvisioningProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTManagedIntegrations::ProvisioningProfile` and its property types.

/// Resource Type definition for AWS::IoTManagedIntegrations::ProvisioningProfile
///
/// CloudFormation type `AWS::IoTManagedIntegrations::ProvisioningProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningProfile {
    props: ::forma_core::schema::Props,
}
impl ProvisioningProfile {
    /// A new resource with its required properties: `ProvisioningType`.
    #[track_caller]
    pub fn new(provisioning_type: impl ::forma_core::schema::EnumArg<ProvisioningType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, provisioning_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CaCertificate`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ca_certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClaimCertificate`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn claim_certificate(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 36.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ProvisioningProfile {
    type Attributes = ProvisioningProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTManagedIntegrations::ProvisioningProfile"
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
/// The attributes of a `AWS::IoTManagedIntegrations::ProvisioningProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProvisioningProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProvisioningProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProvisioningProfileAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Identifier`.
    pub fn identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Identifier")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `FLEET_PROVISIONING`, `JITR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProvisioningType {
    /// `FLEET_PROVISIONING`
    FleetProvisioning,
    /// `JITR`
    Jitr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProvisioningType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FleetProvisioning => "FLEET_PROVISIONING",
            Self::Jitr => "JITR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FLEET_PROVISIONING", "JITR"]
    }
}
impl ::std::convert::From<ProvisioningType> for ::forma_core::Value<ProvisioningType> {
    fn from(v: ProvisioningType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProvisioningType {}

/// The schema of `AWS::IoTManagedIntegrations::ProvisioningProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTManagedIntegrations::ProvisioningProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaCertificate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^-----BEGIN CERTIFICATE-----.*(.|\\\n)*-----END CERTIFICATE-----\\n?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ClaimCertificate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_-]+$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["FLEET_PROVISIONING", "JITR"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "Identifier", "Status"],
};
