// @generated from AWS::EC2::VPCCidrBlock (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCCidrBlock` and its property types.

/// Resource Type definition for AWS::EC2::VPCCidrBlock
///
/// CloudFormation type `AWS::EC2::VPCCidrBlock`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcCidrBlock {
    props: ::forma_core::schema::Props,
}
impl VpcCidrBlock {
    /// A new resource with its required properties: `VpcId`.
    #[track_caller]
    pub fn new(vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Requests an Amazon-provided IPv6 CIDR block with a /56 prefix length for the VPC.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn amazon_provided_ipv6_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An IPv4 CIDR block to associate with the VPC.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr_block(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the IPv4 IPAM pool to Associate a CIDR from to a VPC.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv4_ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The netmask length of the IPv4 CIDR you would like to associate from an Amazon VPC IP Address Manager (IPAM) pool.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv4_netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An IPv6 CIDR block from the IPv6 address pool.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the location from which we advertise the IPV6 CIDR block.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_cidr_block_network_border_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the IPv6 IPAM pool to Associate a CIDR from to a VPC.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The netmask length of the IPv6 CIDR you would like to associate from an Amazon VPC IP Address Manager (IPAM) pool.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of an IPv6 address pool from which to allocate the IPv6 CIDR block.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_pool(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcCidrBlock {
    type Attributes = VpcCidrBlockAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCCidrBlock"
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
/// The attributes of a `AWS::EC2::VPCCidrBlock` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcCidrBlockAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcCidrBlockAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcCidrBlockAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Ipv6AddressAttribute`.
    pub fn ipv6_address_attribute(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ipv6AddressAttribute")
    }
    /// `Fn::GetAtt` `IpSource`.
    pub fn ip_source(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpSource")
    }
}

/// The schema of `AWS::EC2::VPCCidrBlock`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCCidrBlock",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmazonProvidedIpv6CidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv4IpamPoolId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv4NetmaskLength",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6CidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv6CidrBlockNetworkBorderGroup",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv6IpamPoolId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv6NetmaskLength",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Pool",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "Ipv6AddressAttribute", "IpSource"],
};
