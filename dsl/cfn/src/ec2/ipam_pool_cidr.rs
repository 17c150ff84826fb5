// @generated from AWS::EC2::IPAMPoolCidr (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAMPoolCidr` and its property types.

/// Resource Schema of AWS::EC2::IPAMPoolCidr Type
///
/// CloudFormation type `AWS::EC2::IPAMPoolCidr`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamPoolCidr {
    props: ::forma_core::schema::Props,
}
impl IpamPoolCidr {
    /// A new resource with its required properties: `IpamPoolId`.
    #[track_caller]
    pub fn new(ipam_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, ipam_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Represents a single IPv4 or IPv6 CIDR
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The desired netmask length of the provision.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamPoolCidr {
    type Attributes = IpamPoolCidrAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAMPoolCidr"
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
/// The attributes of a `AWS::EC2::IPAMPoolCidr` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamPoolCidrAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamPoolCidrAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamPoolCidrAttributes {
    /// `Fn::GetAtt` `IpamPoolCidrId`.
    pub fn ipam_pool_cidr_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamPoolCidrId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The schema of `AWS::EC2::IPAMPoolCidr`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAMPoolCidr",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cidr",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpamPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetmaskLength",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["IpamPoolCidrId", "State"],
};
