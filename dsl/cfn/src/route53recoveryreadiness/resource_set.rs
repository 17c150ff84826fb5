// @generated from AWS::Route53RecoveryReadiness::ResourceSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53RecoveryReadiness::ResourceSet` and its property types.

/// Schema for the AWS Route53 Recovery Readiness ResourceSet Resource and API.
///
/// CloudFormation type `AWS::Route53RecoveryReadiness::ResourceSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSet {
    props: ::forma_core::schema::Props,
}
impl ResourceSet {
    /// A new resource with its required properties: `ResourceSetType`, `Resources`.
    #[track_caller]
    pub fn new(
        resource_set_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Resource>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, resource_set_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, resources.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the resource set to create.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A tag to associate with the parameters for a resource set.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResourceSet {
    type Attributes = ResourceSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53RecoveryReadiness::ResourceSet"
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
/// The attributes of a `AWS::Route53RecoveryReadiness::ResourceSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourceSetAttributes {
    /// `Fn::GetAtt` `ResourceSetArn`.
    pub fn resource_set_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceSetArn")
    }
}

/// The resource element of a ResourceSet
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    props: ::forma_core::schema::Props,
}
impl Resource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The component identifier of the resource, generated when DNS target resource is used.
    pub fn component_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A component for DNS/routing control readiness checks.
    pub fn dns_target_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DnsTargetResource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of recovery group Amazon Resource Names (ARNs) and cell ARNs that this resource is contained within.
    pub fn readiness_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the AWS resource.
    pub fn resource_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Resource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Resource> for ::forma_core::Value<Resource> {
    fn from(v: Resource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Route53RecoveryReadiness::ResourceSet`.
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

/// A component for DNS/routing control readiness checks.
#[derive(Debug, Clone, PartialEq)]
pub struct DnsTargetResource {
    props: ::forma_core::schema::Props,
}
impl DnsTargetResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The domain name that acts as an ingress point to a portion of the customer application.
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The hosted zone Amazon Resource Name (ARN) that contains the DNS record with the provided name of the target resource.
    pub fn hosted_zone_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Route 53 record set ID that will uniquely identify a DNS record, given a name and a type.
    pub fn record_set_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The type of DNS record of the target resource.
    pub fn record_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The target resource that the Route 53 record points to.
    pub fn target_resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<TargetResource>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DnsTargetResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DnsTargetResource> for ::forma_core::Value<DnsTargetResource> {
    fn from(v: DnsTargetResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DNS_TARGET_RESOURCE_TYPE.properties))
    }
}

/// The target resource that the Route 53 record points to.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetResource {
    props: ::forma_core::schema::Props,
}
impl TargetResource {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `NLBResource` or `R53Resource`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Network Load Balancer resource that a DNS target resource points to.
    pub fn nlb_resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<NlbResource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Route 53 resource that a DNS target resource record points to.
    pub fn r53_resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<R53ResourceRecord>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TargetResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetResource> for ::forma_core::Value<TargetResource> {
    fn from(v: TargetResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_RESOURCE_TYPE.properties))
    }
}

/// The Network Load Balancer resource that a DNS target resource points to.
#[derive(Debug, Clone, PartialEq)]
pub struct NlbResource {
    props: ::forma_core::schema::Props,
}
impl NlbResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Network Load Balancer resource Amazon Resource Name (ARN).
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NlbResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NlbResource> for ::forma_core::Value<NlbResource> {
    fn from(v: NlbResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NLB_RESOURCE_TYPE.properties))
    }
}

/// The Route 53 resource that a DNS target resource record points to.
#[derive(Debug, Clone, PartialEq)]
pub struct R53ResourceRecord {
    props: ::forma_core::schema::Props,
}
impl R53ResourceRecord {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The DNS target domain name.
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Resource Record set id.
    pub fn record_set_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for R53ResourceRecord {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<R53ResourceRecord> for ::forma_core::Value<R53ResourceRecord> {
    fn from(v: R53ResourceRecord) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(R53_RESOURCE_RECORD_TYPE.properties))
    }
}

/// The schema of `AWS::Route53RecoveryReadiness::ResourceSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53RecoveryReadiness::ResourceSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceSetName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceSetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(6) },
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
    attributes: &["ResourceSetArn"],
};

static RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryReadiness::ResourceSet.Resource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DnsTargetResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DNS_TARGET_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReadinessScopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryReadiness::ResourceSet.Tag",
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

static DNS_TARGET_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryReadiness::ResourceSet.DNSTargetResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordSetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_RESOURCE_TYPE),
        },
    ],
    rules: &[],
};

static TARGET_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryReadiness::ResourceSet.TargetResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "NLBResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NLB_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "R53Resource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&R53_RESOURCE_RECORD_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["NLBResource"], &["R53Resource"]])],
};

static NLB_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryReadiness::ResourceSet.NLBResource",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static R53_RESOURCE_RECORD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryReadiness::ResourceSet.R53ResourceRecord",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordSetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
