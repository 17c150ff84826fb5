// @generated from AWS::ElasticLoadBalancing::LoadBalancer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticLoadBalancing::LoadBalancer` and its property types.

/// Resource Type definition for AWS::ElasticLoadBalancing::LoadBalancer
///
/// CloudFormation type `AWS::ElasticLoadBalancing::LoadBalancer`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancer {
    props: ::forma_core::schema::Props,
}
impl LoadBalancer {
    /// A new resource with its required properties: `Listeners`.
    #[track_caller]
    pub fn new(listeners: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Listeners>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, listeners.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Information about where and how access logs are stored for the load balancer.
    #[track_caller]
    pub fn access_logging_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessLoggingPolicy>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about a policy for application-controlled session stickiness.
    #[track_caller]
    pub fn app_cookie_stickiness_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AppCookieStickinessPolicy>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Availability Zones for a load balancer in a default VPC.
    #[track_caller]
    pub fn availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If enabled, the load balancer allows existing requests to complete before the load balancer shifts traffic away from a deregistered or unhealthy instance.
    #[track_caller]
    pub fn connection_draining_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionDrainingPolicy>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If enabled, the load balancer allows the connections to remain idle (no data is sent over the connection) for the specified duration.
    #[track_caller]
    pub fn connection_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectionSettings>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If enabled, the load balancer routes the request traffic evenly across all instances regardless of the Availability Zones.
    #[track_caller]
    pub fn cross_zone(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The health check settings to use when evaluating the health of your EC2 instances.
    #[track_caller]
    pub fn health_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<HealthCheck>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the instances for the load balancer.
    #[track_caller]
    pub fn instances(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about a policy for duration-based session stickiness.
    #[track_caller]
    pub fn lb_cookie_stickiness_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LbCookieStickinessPolicy>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the load balancer.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn load_balancer_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The policies defined for your Classic Load Balancer.
    #[track_caller]
    pub fn policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Policies>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of load balancer.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scheme(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The security groups for the load balancer.
    #[track_caller]
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the subnets for the load balancer.
    #[track_caller]
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with a load balancer.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LoadBalancer {
    type Attributes = LoadBalancerAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticLoadBalancing::LoadBalancer"
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
/// The attributes of a `AWS::ElasticLoadBalancing::LoadBalancer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LoadBalancerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LoadBalancerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LoadBalancerAttributes {
    /// `Fn::GetAtt` `CanonicalHostedZoneName`.
    pub fn canonical_hosted_zone_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CanonicalHostedZoneName")
    }
    /// `Fn::GetAtt` `CanonicalHostedZoneNameID`.
    pub fn canonical_hosted_zone_name_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CanonicalHostedZoneNameID")
    }
    /// `Fn::GetAtt` `SourceSecurityGroup`.
    pub fn source_security_group(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "SourceSecurityGroup")
    }
    /// `Fn::GetAtt` `SourceSecurityGroup.GroupName`.
    pub fn source_security_group_group_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceSecurityGroup.GroupName")
    }
    /// `Fn::GetAtt` `DNSName`.
    pub fn dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DNSName")
    }
    /// `Fn::GetAtt` `SourceSecurityGroup.OwnerAlias`.
    pub fn source_security_group_owner_alias(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceSecurityGroup.OwnerAlias")
    }
}

/// Information about where and how access logs are stored for the load balancer.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessLoggingPolicy {
    props: ::forma_core::schema::Props,
}
impl AccessLoggingPolicy {
    /// A new value with its required properties: `Enabled`, `S3BucketName`.
    pub fn new(
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        props.set(2, s3_bucket_name.into().into_expr());
        Self { props }
    }
    /// The interval for publishing the access logs.
    pub fn emit_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The logical hierarchy you created for your Amazon S3 bucket, for example `my-bucket-prefix/prod`.
    pub fn s3_bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AccessLoggingPolicy> for ::forma_core::Value<AccessLoggingPolicy> {
    fn from(v: AccessLoggingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_LOGGING_POLICY_TYPE.properties))
    }
}

/// Information about a policy for application-controlled session stickiness.
#[derive(Debug, Clone, PartialEq)]
pub struct AppCookieStickinessPolicy {
    props: ::forma_core::schema::Props,
}
impl AppCookieStickinessPolicy {
    /// A new value with its required properties: `CookieName`, `PolicyName`.
    pub fn new(
        cookie_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cookie_name.into().into_expr());
        props.set(1, policy_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AppCookieStickinessPolicy> for ::forma_core::Value<AppCookieStickinessPolicy> {
    fn from(v: AppCookieStickinessPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APP_COOKIE_STICKINESS_POLICY_TYPE.properties))
    }
}

/// If enabled, the load balancer allows existing requests to complete before the load balancer shifts traffic away from a deregistered or unhealthy instance.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionDrainingPolicy {
    props: ::forma_core::schema::Props,
}
impl ConnectionDrainingPolicy {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
    /// The maximum time, in seconds, to keep the existing connections open before deregistering the instances.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConnectionDrainingPolicy> for ::forma_core::Value<ConnectionDrainingPolicy> {
    fn from(v: ConnectionDrainingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_DRAINING_POLICY_TYPE.properties))
    }
}

/// If enabled, the load balancer allows the connections to remain idle (no data is sent over the connection) for the specified duration.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionSettings {
    props: ::forma_core::schema::Props,
}
impl ConnectionSettings {
    /// A new value with its required properties: `IdleTimeout`.
    pub fn new(idle_timeout: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, idle_timeout.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectionSettings> for ::forma_core::Value<ConnectionSettings> {
    fn from(v: ConnectionSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_SETTINGS_TYPE.properties))
    }
}

/// The health check settings to use when evaluating the health of your EC2 instances.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheck {
    props: ::forma_core::schema::Props,
}
impl HealthCheck {
    /// A new value with its required properties: `HealthyThreshold`, `Interval`, `Target`, `Timeout`, `UnhealthyThreshold`.
    pub fn new(
        healthy_threshold: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        interval: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        timeout: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        unhealthy_threshold: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, healthy_threshold.into().into_expr());
        props.set(1, interval.into().into_expr());
        props.set(2, target.into().into_expr());
        props.set(3, timeout.into().into_expr());
        props.set(4, unhealthy_threshold.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HealthCheck> for ::forma_core::Value<HealthCheck> {
    fn from(v: HealthCheck) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEALTH_CHECK_TYPE.properties))
    }
}

/// Information about a policy for duration-based session stickiness.
#[derive(Debug, Clone, PartialEq)]
pub struct LbCookieStickinessPolicy {
    props: ::forma_core::schema::Props,
}
impl LbCookieStickinessPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The time period, in seconds, after which the cookie should be considered stale.
    pub fn cookie_expiration_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the policy.
    pub fn policy_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LbCookieStickinessPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LbCookieStickinessPolicy> for ::forma_core::Value<LbCookieStickinessPolicy> {
    fn from(v: LbCookieStickinessPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LB_COOKIE_STICKINESS_POLICY_TYPE.properties))
    }
}

/// The `Listeners` property type of `AWS::ElasticLoadBalancing::LoadBalancer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Listeners {
    props: ::forma_core::schema::Props,
}
impl Listeners {
    /// A new value with its required properties: `InstancePort`, `LoadBalancerPort`, `Protocol`.
    pub fn new(
        instance_port: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        load_balancer_port: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_port.into().into_expr());
        props.set(2, load_balancer_port.into().into_expr());
        props.set(4, protocol.into().into_expr());
        Self { props }
    }
    /// The protocol to use for routing traffic to instances: HTTP, HTTPS, TCP, or SSL.
    pub fn instance_protocol(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The names of the policies to associate with the listener.
    pub fn policy_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the server certificate.
    pub fn ssl_certificate_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Listeners> for ::forma_core::Value<Listeners> {
    fn from(v: Listeners) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENERS_TYPE.properties))
    }
}

/// The `Policies` property type of `AWS::ElasticLoadBalancing::LoadBalancer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policies {
    props: ::forma_core::schema::Props,
}
impl Policies {
    /// A new value with its required properties: `Attributes`, `PolicyName`, `PolicyType`.
    pub fn new(
        attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyItem>>>,
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes.into().into_expr());
        props.set(3, policy_name.into().into_expr());
        props.set(4, policy_type.into().into_expr());
        Self { props }
    }
    /// The instance ports for the policy.
    pub fn instance_ports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The load balancer ports for the policy.
    pub fn load_balancer_ports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Policies> for ::forma_core::Value<Policies> {
    fn from(v: Policies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICIES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ElasticLoadBalancing::LoadBalancer`.
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

/// The `PolicyItem` property type of `AWS::ElasticLoadBalancing::LoadBalancer`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyItem {
    props: ::forma_core::schema::Props,
}
impl PolicyItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PolicyItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PolicyItem> for ::forma_core::Value<PolicyItem> {
    fn from(v: PolicyItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_ITEM_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticLoadBalancing::LoadBalancer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticLoadBalancing::LoadBalancer",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLoggingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_LOGGING_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AppCookieStickinessPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APP_COOKIE_STICKINESS_POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConnectionDrainingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_DRAINING_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectionSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CrossZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HealthCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEALTH_CHECK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Instances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LBCookieStickinessPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LB_COOKIE_STICKINESS_POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Listeners",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LISTENERS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Policies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICIES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scheme",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "CanonicalHostedZoneName",
        "CanonicalHostedZoneNameID",
        "SourceSecurityGroup",
        "SourceSecurityGroup.GroupName",
        "DNSName",
        "SourceSecurityGroup.OwnerAlias",
    ],
};

static ACCESS_LOGGING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.AccessLoggingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmitInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static APP_COOKIE_STICKINESS_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.AppCookieStickinessPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CookieName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CONNECTION_DRAINING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.ConnectionDrainingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Timeout",
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

static CONNECTION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.ConnectionSettings",
    properties: &[::forma_core::schema::Property {
        name: "IdleTimeout",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static HEALTH_CHECK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.HealthCheck",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthyThreshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UnhealthyThreshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LB_COOKIE_STICKINESS_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.LBCookieStickinessPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CookieExpirationPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LISTENERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.Listeners",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstancePort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SSLCertificateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static POLICIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.Policies",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstancePorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerPorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static POLICY_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancing::LoadBalancer.PolicyItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
