// @generated from AWS::EC2::SecurityGroupIngress (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SecurityGroupIngress` and its property types.

/// Resource Type definition for AWS::EC2::SecurityGroupIngress
///
/// CloudFormation type `AWS::EC2::SecurityGroupIngress`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupIngress {
    props: ::forma_core::schema::Props,
}
impl SecurityGroupIngress {
    /// A new resource with its required properties: `IpProtocol`.
    #[track_caller]
    pub fn new(ip_protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, ip_protocol.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The IPv4 ranges
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [VPC only] The IPv6 ranges
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr_ipv6(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Updates the description of an ingress (inbound) security group rule.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The start of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 type number.
    ///
    /// Allowed: at least -1.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn from_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the security group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn group_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the security group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [EC2-VPC only] The ID of a prefix list.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_prefix_list_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the security group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [EC2-Classic, default VPC] The name of the source security group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_security_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [nondefault VPC] The AWS account ID that owns the source security group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_security_group_owner_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The end of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 code.
    ///
    /// Allowed: at least -1.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn to_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SecurityGroupIngress {
    type Attributes = SecurityGroupIngressAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SecurityGroupIngress"
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
/// The attributes of a `AWS::EC2::SecurityGroupIngress` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityGroupIngressAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityGroupIngressAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityGroupIngressAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EC2::SecurityGroupIngress`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SecurityGroupIngress",
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
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GroupName",
            required: false,
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
            name: "SourcePrefixListId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceSecurityGroupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceSecurityGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceSecurityGroupOwnerId",
            required: false,
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
        &["SourcePrefixListId"],
        &["SourceSecurityGroupId"],
        &["SourceSecurityGroupName"],
    ])],
    attributes: &["Id"],
};
