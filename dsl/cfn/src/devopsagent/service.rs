// @generated from AWS::DevOpsAgent::Service (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DevOpsAgent::Service` and its property types.

/// The AWS::DevOpsAgent::Service resource registers external services (like Dynatrace, MCP servers, GitLab) for integration with DevOpsAgent.
///
/// CloudFormation type `AWS::DevOpsAgent::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    props: ::forma_core::schema::Props,
}
impl Service {
    /// A new resource with its required properties: `ServiceType`.
    #[track_caller]
    pub fn new(service_type: impl ::forma_core::schema::EnumArg<ServiceType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, service_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the private connection to use for OAuth token exchange requests only.
    ///
    /// Allowed: length 3 to 30.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn exchange_url_private_connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMS key to use for encryption.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The display name for the service registration.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the private connection to use for VPC connectivity.
    ///
    /// Allowed: length 3 to 30.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn private_connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Service-specific configuration details for create operation
    #[track_caller]
    pub fn service_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the private connection to use for API calls (target URL) only.
    ///
    /// Allowed: length 3 to 30.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn target_url_private_connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Service {
    type Attributes = ServiceAttributes;
    fn type_name(&self) -> &str {
        "AWS::DevOpsAgent::Service"
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
/// The attributes of a `AWS::DevOpsAgent::Service` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceAttributes {
    /// `Fn::GetAtt` `ServiceId`.
    pub fn service_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceId")
    }
    /// `Fn::GetAtt` `AccessibleResources`.
    pub fn accessible_resources(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AccessibleResources")
    }
    /// `Fn::GetAtt` `AdditionalServiceDetails`.
    pub fn additional_service_details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AdditionalServiceDetails")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `dynatrace`, `mcpserver`, `mcpserversplunk`, `mcpservernewrelic`, `gitlab`, `github`, `servicenow`, `pagerduty`, `azureidentity`, `mcpserversigv4`, `mcpservergrafana`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceType {
    /// `dynatrace`
    Dynatrace,
    /// `mcpserver`
    Mcpserver,
    /// `mcpserversplunk`
    Mcpserversplunk,
    /// `mcpservernewrelic`
    Mcpservernewrelic,
    /// `gitlab`
    Gitlab,
    /// `github`
    Github,
    /// `servicenow`
    Servicenow,
    /// `pagerduty`
    Pagerduty,
    /// `azureidentity`
    Azureidentity,
    /// `mcpserversigv4`
    Mcpserversigv4,
    /// `mcpservergrafana`
    Mcpservergrafana,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dynatrace => "dynatrace",
            Self::Mcpserver => "mcpserver",
            Self::Mcpserversplunk => "mcpserversplunk",
            Self::Mcpservernewrelic => "mcpservernewrelic",
            Self::Gitlab => "gitlab",
            Self::Github => "github",
            Self::Servicenow => "servicenow",
            Self::Pagerduty => "pagerduty",
            Self::Azureidentity => "azureidentity",
            Self::Mcpserversigv4 => "mcpserversigv4",
            Self::Mcpservergrafana => "mcpservergrafana",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "dynatrace",
            "mcpserver",
            "mcpserversplunk",
            "mcpservernewrelic",
            "gitlab",
            "github",
            "servicenow",
            "pagerduty",
            "azureidentity",
            "mcpserversigv4",
            "mcpservergrafana",
        ]
    }
}
impl ::std::convert::From<ServiceType> for ::forma_core::Value<ServiceType> {
    fn from(v: ServiceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceType {}

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

/// The schema of `AWS::DevOpsAgent::Service`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DevOpsAgent::Service",
properties: &[
::forma_core::schema::Property { name: "ExchangeUrlPrivateConnectionName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"), min_length: Some(3), max_length: Some(30) }) },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Name", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{N} _-]+$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "PrivateConnectionName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"), min_length: Some(3), max_length: Some(30) }) },
::forma_core::schema::Property { name: "ServiceDetails", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "ServiceType", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["dynatrace", "mcpserver", "mcpserversplunk", "mcpservernewrelic", "gitlab", "github", "servicenow", "pagerduty", "azureidentity", "mcpserversigv4", "mcpservergrafana"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TargetUrlPrivateConnectionName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"), min_length: Some(3), max_length: Some(30) }) },
],
rules: &[],
attributes: &["ServiceId", "AccessibleResources", "AdditionalServiceDetails", "Arn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::Service.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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
