// @generated from AWS::S3Outposts::Endpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Outposts::Endpoint` and its property types.

/// Resource Type Definition for AWS::S3Outposts::Endpoint
///
/// CloudFormation type `AWS::S3Outposts::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    props: ::forma_core::schema::Props,
}
impl Endpoint {
    /// A new resource with its required properties: `OutpostId`, `SecurityGroupId`, `SubnetId`.
    #[track_caller]
    pub fn new(
        outpost_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        security_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, outpost_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, security_group_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, subnet_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The type of access for the on-premise network connectivity for the Outpost endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn access_type(mut self, value: impl ::forma_core::schema::EnumArg<AccessType>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the customer-owned IPv4 pool for the Endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn customer_owned_ipv4_pool(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The failure reason, if any, for a create or delete endpoint operation.
    #[track_caller]
    pub fn failed_reason(mut self, value: impl ::std::convert::Into<::forma_core::Value<FailedReason>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Endpoint {
    type Attributes = EndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Outposts::Endpoint"
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
/// The attributes of a `AWS::S3Outposts::Endpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CidrBlock`.
    pub fn cidr_block(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CidrBlock")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `NetworkInterfaces`.
    pub fn network_interfaces(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "NetworkInterfaces")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `CustomerOwnedIp`, `Private`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessType {
    /// `CustomerOwnedIp`
    CustomerOwnedIp,
    /// `Private`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerOwnedIp => "CustomerOwnedIp",
            Self::Private => "Private",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CustomerOwnedIp", "Private"]
    }
}
impl ::std::convert::From<AccessType> for ::forma_core::Value<AccessType> {
    fn from(v: AccessType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessType {}

/// The `FailedReason` property type of `AWS::S3Outposts::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedReason {
    props: ::forma_core::schema::Props,
}
impl FailedReason {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The failure code, if any, for a create or delete endpoint operation.
    pub fn error_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Additional error details describing the endpoint failure and recommended action.
    pub fn message(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FailedReason {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FailedReason> for ::forma_core::Value<FailedReason> {
    fn from(v: FailedReason) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILED_REASON_TYPE.properties))
    }
}

/// The schema of `AWS::S3Outposts::Endpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Outposts::Endpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CustomerOwnedIp", "Private"]),
        },
        ::forma_core::schema::Property {
            name: "CustomerOwnedIpv4Pool",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^ipv4pool-coip-([0-9a-f]{17})$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FailedReason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILED_REASON_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutpostId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(op-[a-f0-9]{17}|\\d{12}|ec2)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^sg-([0-9a-f]{8}|[0-9a-f]{17})$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CidrBlock", "CreationTime", "Id", "NetworkInterfaces", "Status"],
};

static FAILED_REASON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Outposts::Endpoint.FailedReason",
    properties: &[
        ::forma_core::schema::Property {
            name: "ErrorCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Message",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
