// @generated from AWS::Lightsail::Container (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::Container` and its property types.

/// Resource Type definition for AWS::Lightsail::Container
///
/// CloudFormation type `AWS::Lightsail::Container`.
#[derive(Debug, Clone, PartialEq)]
pub struct Container {
    props: ::forma_core::schema::Props,
}
impl Container {
    /// A new resource with its required properties: `Power`, `Scale`, `ServiceName`.
    #[track_caller]
    pub fn new(
        power: impl ::forma_core::schema::EnumArg<Power>,
        scale: impl ::std::convert::Into<::forma_core::Value<i64>>,
        service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, power.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, scale.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, service_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Describes a container deployment configuration of an Amazon Lightsail container service.
    #[track_caller]
    pub fn container_service_deployment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerServiceDeployment>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Boolean value to indicate whether the container service is disabled.
    #[track_caller]
    pub fn is_disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Boolean value to indicate whether the container service has access to private container image repositories, such as Amazon Elastic Container Registry (Amazon ECR) private repositories.
    #[track_caller]
    pub fn private_registry_access(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivateRegistryAccess>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The public domain names to use with the container service, such as example.com and www.example.com.
    #[track_caller]
    pub fn public_domain_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PublicDomainName>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Container {
    type Attributes = ContainerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::Container"
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
/// The attributes of a `AWS::Lightsail::Container` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContainerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContainerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContainerAttributes {
    /// `Fn::GetAtt` `ContainerArn`.
    pub fn container_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContainerArn")
    }
    /// `Fn::GetAtt` `Url`.
    pub fn url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Url")
    }
    /// `Fn::GetAtt` `PrincipalArn`.
    pub fn principal_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrincipalArn")
    }
    /// `Fn::GetAtt` `PrivateRegistryAccess.EcrImagePullerRole.PrincipalArn`.
    pub fn private_registry_access_ecr_image_puller_role_principal_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrivateRegistryAccess.EcrImagePullerRole.PrincipalArn")
    }
}

/// The values CloudFormation documents: `large`, `medium`, `micro`, `nano`, `small`, `xlarge`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Power {
    /// `large`
    Large,
    /// `medium`
    Medium,
    /// `micro`
    Micro,
    /// `nano`
    Nano,
    /// `small`
    Small,
    /// `xlarge`
    Xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Power {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Large => "large",
            Self::Medium => "medium",
            Self::Micro => "micro",
            Self::Nano => "nano",
            Self::Small => "small",
            Self::Xlarge => "xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["large", "medium", "micro", "nano", "small", "xlarge"]
    }
}
impl ::std::convert::From<Power> for ::forma_core::Value<Power> {
    fn from(v: Power) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Power {}

/// Describes a container deployment configuration of an Amazon Lightsail container service.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerServiceDeployment {
    props: ::forma_core::schema::Props,
}
impl ContainerServiceDeployment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object that describes the configuration for the containers of the deployment.
    pub fn containers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContainerProperty>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object that describes the endpoint of the deployment.
    pub fn public_endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<PublicEndpoint>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerServiceDeployment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerServiceDeployment> for ::forma_core::Value<ContainerServiceDeployment> {
    fn from(v: ContainerServiceDeployment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_SERVICE_DEPLOYMENT_TYPE.properties))
    }
}

/// An object to describe the configuration for the container service to access private container image repositories, such as Amazon Elastic Container Registry (Amazon ECR) private repositories.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateRegistryAccess {
    props: ::forma_core::schema::Props,
}
impl PrivateRegistryAccess {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object to describe a request to activate or deactivate the role that you can use to grant an Amazon Lightsail container service access to Amazon Elastic Container Registry (Amazon ECR) private repositories.
    pub fn ecr_image_puller_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrivateRegistryAccessEcrImagePullerRole>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivateRegistryAccess {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateRegistryAccess> for ::forma_core::Value<PrivateRegistryAccess> {
    fn from(v: PrivateRegistryAccess) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_REGISTRY_ACCESS_TYPE.properties))
    }
}

/// The public domain name to use with the container service, such as example.com and www.example.com.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicDomainName {
    props: ::forma_core::schema::Props,
}
impl PublicDomainName {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateName`.
    pub fn certificate_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object that describes the configuration for the containers of the deployment.
    pub fn domain_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PublicDomainName {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PublicDomainName> for ::forma_core::Value<PublicDomainName> {
    fn from(v: PublicDomainName) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLIC_DOMAIN_NAME_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Describes the settings of a container that will be launched, or that is launched, to an Amazon Lightsail container service.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerProperty {
    props: ::forma_core::schema::Props,
}
impl ContainerProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The launch command for the container.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the container.
    pub fn container_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The environment variables of the container.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentVariable>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the image used for the container.
    pub fn image(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The open firewall ports of the container.
    pub fn ports(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortInfo>>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerProperty> for ::forma_core::Value<ContainerProperty> {
    fn from(v: ContainerProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_PROPERTY_TYPE.properties))
    }
}

/// Describes the settings of a public endpoint for an Amazon Lightsail container service.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicEndpoint {
    props: ::forma_core::schema::Props,
}
impl PublicEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the container for the endpoint.
    pub fn container_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The port of the container to which traffic is forwarded to.
    pub fn container_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An object that describes the health check configuration of the container.
    pub fn health_check_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HealthCheckConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PublicEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PublicEndpoint> for ::forma_core::Value<PublicEndpoint> {
    fn from(v: PublicEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLIC_ENDPOINT_TYPE.properties))
    }
}

/// An object to describe a request to activate or deactivate the role that you can use to grant an Amazon Lightsail container service access to Amazon Elastic Container Registry (Amazon ECR) private repositories.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateRegistryAccessEcrImagePullerRole {
    props: ::forma_core::schema::Props,
}
impl PrivateRegistryAccessEcrImagePullerRole {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Boolean value that indicates whether to activate the role.
    pub fn is_active(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the role, if it is activated.
    pub fn principal_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrivateRegistryAccessEcrImagePullerRole {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrivateRegistryAccessEcrImagePullerRole>
    for ::forma_core::Value<PrivateRegistryAccessEcrImagePullerRole>
{
    fn from(v: PrivateRegistryAccessEcrImagePullerRole) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIVATE_REGISTRY_ACCESS_ECR_IMAGE_PULLER_ROLE_TYPE.properties))
    }
}

/// The `EnvironmentVariable` property type of `AWS::Lightsail::Container`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentVariable {
    props: ::forma_core::schema::Props,
}
impl EnvironmentVariable {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Variable`.
    pub fn variable(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnvironmentVariable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnvironmentVariable> for ::forma_core::Value<EnvironmentVariable> {
    fn from(v: EnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// The `PortInfo` property type of `AWS::Lightsail::Container`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortInfo {
    props: ::forma_core::schema::Props,
}
impl PortInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Protocol`.
    pub fn protocol(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PortInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PortInfo> for ::forma_core::Value<PortInfo> {
    fn from(v: PortInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_INFO_TYPE.properties))
    }
}

/// Describes the health check configuration of an Amazon Lightsail container service.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckConfig {
    props: ::forma_core::schema::Props,
}
impl HealthCheckConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of consecutive health checks successes required before moving the container to the Healthy state.
    pub fn healthy_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The approximate interval, in seconds, between health checks of an individual container.
    pub fn interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The path on the container on which to perform the health check.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The HTTP codes to use when checking for a successful response from a container.
    pub fn success_codes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The amount of time, in seconds, during which no response means a failed health check.
    pub fn timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The number of consecutive health check failures required before moving the container to the Unhealthy state.
    pub fn unhealthy_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HealthCheckConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HealthCheckConfig> for ::forma_core::Value<HealthCheckConfig> {
    fn from(v: HealthCheckConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Lightsail::Container`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::Container",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerServiceDeployment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_SERVICE_DEPLOYMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsDisabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Power",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["large", "medium", "micro", "nano", "small", "xlarge"]),
        },
        ::forma_core::schema::Property {
            name: "PrivateRegistryAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIVATE_REGISTRY_ACCESS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PublicDomainNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PUBLIC_DOMAIN_NAME_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scale",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(20.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]{1,2}|[a-z0-9][a-z0-9-]+[a-z0-9]$"),
                min_length: Some(1),
                max_length: Some(63),
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
    ],
    rules: &[],
    attributes: &["ContainerArn", "Url", "PrincipalArn", "PrivateRegistryAccess.EcrImagePullerRole.PrincipalArn"],
};

static CONTAINER_SERVICE_DEPLOYMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.ContainerServiceDeployment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Containers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTAINER_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PublicEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PUBLIC_ENDPOINT_TYPE),
        },
    ],
    rules: &[],
};

static PRIVATE_REGISTRY_ACCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.PrivateRegistryAccess",
    properties: &[::forma_core::schema::Property {
        name: "EcrImagePullerRole",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PRIVATE_REGISTRY_ACCESS_ECR_IMAGE_PULLER_ROLE_TYPE),
    }],
    rules: &[],
};

static PUBLIC_DOMAIN_NAME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.PublicDomainName",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.Tag",
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
            required: false,
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

static CONTAINER_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.Container",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static PUBLIC_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.PublicEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContainerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static PRIVATE_REGISTRY_ACCESS_ECR_IMAGE_PULLER_ROLE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lightsail::Container.PrivateRegistryAccessEcrImagePullerRole",
        properties: &[
            ::forma_core::schema::Property {
                name: "IsActive",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "PrincipalArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.EnvironmentVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Variable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PORT_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.PortInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HEALTH_CHECK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Container.HealthCheckConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthyThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SuccessCodes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UnhealthyThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
