// @generated from AWS::EC2::IPAMAllocation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAMAllocation` and its property types.

/// Resource Schema of AWS::EC2::IPAMAllocation Type
///
/// CloudFormation type `AWS::EC2::IPAMAllocation`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamAllocation {
    props: ::forma_core::schema::Props,
}
impl IpamAllocation {
    /// A new resource with its required properties: `IpamPoolId`.
    #[track_caller]
    pub fn new(ipam_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, ipam_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Represents an IPAM custom allocation of a single IPv4 or IPv6 CIDR
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The desired netmask length of the allocation.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamAllocation {
    type Attributes = IpamAllocationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAMAllocation"
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
/// The attributes of a `AWS::EC2::IPAMAllocation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamAllocationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamAllocationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamAllocationAttributes {
    /// `Fn::GetAtt` `IpamPoolAllocationId`.
    pub fn ipam_pool_allocation_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamPoolAllocationId")
    }
}

/// The schema of `AWS::EC2::IPAMAllocation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAMAllocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cidr",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
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
    attributes: &["IpamPoolAllocationId"],
};
