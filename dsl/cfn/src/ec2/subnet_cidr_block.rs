// @generated from AWS::EC2::SubnetCidrBlock (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SubnetCidrBlock` and its property types.

/// The AWS::EC2::SubnetCidrBlock resource creates association between subnet and IPv6 CIDR
///
/// CloudFormation type `AWS::EC2::SubnetCidrBlock`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetCidrBlock {
    props: ::forma_core::schema::Props,
}
impl SubnetCidrBlock {
    /// A new resource with its required properties: `SubnetId`.
    #[track_caller]
    pub fn new(subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, subnet_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The IPv6 network range for the subnet, in CIDR notation.
    ///
    /// Allowed: length 0 to 42.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of an IPv6 Amazon VPC IP Address Manager (IPAM) pool from which to allocate, to get the subnet's CIDR
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The netmask length of the IPv6 CIDR to allocate to the subnet from an IPAM pool
    ///
    /// Allowed: 0 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SubnetCidrBlock {
    type Attributes = SubnetCidrBlockAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SubnetCidrBlock"
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
/// The attributes of a `AWS::EC2::SubnetCidrBlock` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubnetCidrBlockAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubnetCidrBlockAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubnetCidrBlockAttributes {
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

/// The schema of `AWS::EC2::SubnetCidrBlock`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SubnetCidrBlock",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ipv6CidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(42),
            }),
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
                minimum: Some(0.0),
                maximum: Some(128.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "Ipv6AddressAttribute", "IpSource"],
};
