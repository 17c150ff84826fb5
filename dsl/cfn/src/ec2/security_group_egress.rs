// @generated from AWS::EC2::SecurityGroupEgress (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SecurityGroupEgress` and its property types.

/// Adds the specified outbound (egress) rule to a security group.
///
/// CloudFormation type `AWS::EC2::SecurityGroupEgress`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupEgress {
    props: ::forma_core::schema::Props,
}
impl SecurityGroupEgress {
    /// A new resource with its required properties: `GroupId`, `IpProtocol`.
    #[track_caller]
    pub fn new(
        group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ip_protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, group_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, ip_protocol.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The IPv4 address range, in CIDR format.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv6 address range, in CIDR format.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr_ipv6(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of an egress (outbound) security group rule.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The prefix list IDs for an AWS service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_prefix_list_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the security group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If the protocol is TCP or UDP, this is the start of the port range.
    ///
    /// Allowed: at least -1.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn from_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If the protocol is TCP or UDP, this is the end of the port range.
    ///
    /// Allowed: at least -1.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn to_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SecurityGroupEgress {
    type Attributes = SecurityGroupEgressAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SecurityGroupEgress"
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
/// The attributes of a `AWS::EC2::SecurityGroupEgress` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityGroupEgressAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityGroupEgressAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityGroupEgressAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EC2::SecurityGroupEgress`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SecurityGroupEgress",
    properties: &[
        ::forma_core::schema::Property {
            name: "CidrIp",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CidrIpv6",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationPrefixListId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationSecurityGroupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FromPort",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpProtocol",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["CidrIp"],
        &["CidrIpv6"],
        &["DestinationPrefixListId"],
        &["DestinationSecurityGroupId"],
    ])],
    attributes: &["Id"],
};
