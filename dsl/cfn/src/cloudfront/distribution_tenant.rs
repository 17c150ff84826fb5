// @generated from AWS::CloudFront::DistributionTenant (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::DistributionTenant` and its property types.

/// The distribution tenant.
///
/// CloudFormation type `AWS::CloudFront::DistributionTenant`.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionTenant {
    props: ::forma_core::schema::Props,
}
impl DistributionTenant {
    /// A new resource with its required properties: `DistributionId`, `Domains`, `Name`.
    #[track_caller]
    pub fn new(
        distribution_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domains: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, distribution_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, domains.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the connection group for the distribution tenant.
    #[track_caller]
    pub fn connection_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Customizations for the distribution tenant.
    #[track_caller]
    pub fn customizations(mut self, value: impl ::std::convert::Into<::forma_core::Value<Customizations>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the distribution tenant is in an enabled state.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object that represents the request for the Amazon CloudFront managed ACM certificate.
    #[track_caller]
    pub fn managed_certificate_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedCertificateRequest>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of parameter values to add to the resource.
    #[track_caller]
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Parameter>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A complex type that contains zero or more `Tag` elements.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DistributionTenant {
    type Attributes = DistributionTenantAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::DistributionTenant"
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
/// The attributes of a `AWS::CloudFront::DistributionTenant` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DistributionTenantAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DistributionTenantAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DistributionTenantAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DomainResults`.
    pub fn domain_results(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DomainResults")
    }
    /// `Fn::GetAtt` `ETag`.
    pub fn e_tag(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ETag")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// Customizations for the distribution tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct Customizations {
    props: ::forma_core::schema::Props,
}
impl Customizations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ACMlong (ACM) certificate.
    pub fn certificate(mut self, value: impl ::std::convert::Into<::forma_core::Value<Certificate>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The geographic restrictions.
    pub fn geo_restrictions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GeoRestrictionCustomization>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The WAF web ACL.
    pub fn web_acl(mut self, value: impl ::std::convert::Into<::forma_core::Value<WebAclCustomization>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Customizations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Customizations> for ::forma_core::Value<Customizations> {
    fn from(v: Customizations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMIZATIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `enabled`, `disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertificateTransparencyLoggingPreference {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CertificateTransparencyLoggingPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enabled", "disabled"]
    }
}
impl ::std::convert::From<CertificateTransparencyLoggingPreference>
    for ::forma_core::Value<CertificateTransparencyLoggingPreference>
{
    fn from(v: CertificateTransparencyLoggingPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CertificateTransparencyLoggingPreference {}

/// The values CloudFormation documents: `cloudfront`, `self-hosted`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValidationTokenHost {
    /// `cloudfront`
    Cloudfront,
    /// `self-hosted`
    SelfHosted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ValidationTokenHost {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cloudfront => "cloudfront",
            Self::SelfHosted => "self-hosted",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["cloudfront", "self-hosted"]
    }
}
impl ::std::convert::From<ValidationTokenHost> for ::forma_core::Value<ValidationTokenHost> {
    fn from(v: ValidationTokenHost) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ValidationTokenHost {}

/// An object that represents the request for the Amazon CloudFront managed ACM certificate.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedCertificateRequest {
    props: ::forma_core::schema::Props,
}
impl ManagedCertificateRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// You can opt out of certificate transparency logging by specifying the `disabled` option.
    pub fn certificate_transparency_logging_preference(
        mut self,
        value: impl ::forma_core::schema::EnumArg<CertificateTransparencyLoggingPreference>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The primary domain name associated with the CloudFront managed ACM certificate.
    pub fn primary_domain_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specify how the HTTP validation token will be served when requesting the CloudFront managed ACM certificate.
    pub fn validation_token_host(mut self, value: impl ::forma_core::schema::EnumArg<ValidationTokenHost>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ManagedCertificateRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedCertificateRequest> for ::forma_core::Value<ManagedCertificateRequest> {
    fn from(v: ManagedCertificateRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_CERTIFICATE_REQUEST_TYPE.properties))
    }
}

/// A list of parameter values to add to the resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    props: ::forma_core::schema::Props,
}
impl Parameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The parameter name.
    ///
    /// Allowed: length 1 to 128.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The parameter value.
    ///
    /// Allowed: length 1 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Parameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Parameter> for ::forma_core::Value<Parameter> {
    fn from(v: Parameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_TYPE.properties))
    }
}

/// A complex type that contains `Tag` key and `Tag` value.
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

/// The ACMlong (ACM) certificate associated with your distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    props: ::forma_core::schema::Props,
}
impl Certificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the ACM certificate.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Certificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Certificate> for ::forma_core::Value<Certificate> {
    fn from(v: Certificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `blacklist`, `whitelist`, `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestrictionType {
    /// `blacklist`
    Blacklist,
    /// `whitelist`
    Whitelist,
    /// `none`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RestrictionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Blacklist => "blacklist",
            Self::Whitelist => "whitelist",
            Self::None => "none",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["blacklist", "whitelist", "none"]
    }
}
impl ::std::convert::From<RestrictionType> for ::forma_core::Value<RestrictionType> {
    fn from(v: RestrictionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RestrictionType {}

/// The customizations that you specified for the distribution tenant for geographic restrictions.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoRestrictionCustomization {
    props: ::forma_core::schema::Props,
}
impl GeoRestrictionCustomization {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The locations for geographic restrictions.
    pub fn locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The method that you want to use to restrict distribution of your content by country: + `none`: No geographic restriction is enabled, meaning access to content is not restricted by client geo location.
    pub fn restriction_type(mut self, value: impl ::forma_core::schema::EnumArg<RestrictionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for GeoRestrictionCustomization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GeoRestrictionCustomization> for ::forma_core::Value<GeoRestrictionCustomization> {
    fn from(v: GeoRestrictionCustomization) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GEO_RESTRICTION_CUSTOMIZATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `override`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `override`
    Override,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Override => "override",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["override", "disable"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The WAF web ACL customization specified for the distribution tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct WebAclCustomization {
    props: ::forma_core::schema::Props,
}
impl WebAclCustomization {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The action for the WAF web ACL customization.
    pub fn action(mut self, value: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the WAF web ACL.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebAclCustomization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebAclCustomization> for ::forma_core::Value<WebAclCustomization> {
    fn from(v: WebAclCustomization) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_ACL_CUSTOMIZATION_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::DistributionTenant`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::DistributionTenant",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Customizations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMIZATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DistributionId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Domains",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ManagedCertificateRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_CERTIFICATE_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    ],
    rules: &[],
    attributes: &["Id", "Arn", "DomainResults", "ETag", "Status", "CreatedTime", "LastModifiedTime"],
};

static CUSTOMIZATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::DistributionTenant.Customizations",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GeoRestrictions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GEO_RESTRICTION_CUSTOMIZATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebAcl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_ACL_CUSTOMIZATION_TYPE),
        },
    ],
    rules: &[],
};

static MANAGED_CERTIFICATE_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::DistributionTenant.ManagedCertificateRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateTransparencyLoggingPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enabled", "disabled"]),
        },
        ::forma_core::schema::Property {
            name: "PrimaryDomainName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValidationTokenHost",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["cloudfront", "self-hosted"]),
        },
    ],
    rules: &[],
};

static PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::DistributionTenant.Parameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::DistributionTenant.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::DistributionTenant.Certificate",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static GEO_RESTRICTION_CUSTOMIZATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::DistributionTenant.GeoRestrictionCustomization",
    properties: &[
        ::forma_core::schema::Property {
            name: "Locations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RestrictionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["blacklist", "whitelist", "none"]),
        },
    ],
    rules: &[],
};

static WEB_ACL_CUSTOMIZATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::DistributionTenant.WebAclCustomization",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["override", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
