// @generated from AWS::EC2::IPAMPool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAMPool` and its property types.

/// Resource Schema of AWS::EC2::IPAMPool Type
///
/// CloudFormation type `AWS::EC2::IPAMPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamPool {
    props: ::forma_core::schema::Props,
}
impl IpamPool {
    /// A new resource with its required properties: `AddressFamily`, `IpamScopeId`.
    #[track_caller]
    pub fn new(
        address_family: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ipam_scope_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, address_family.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, ipam_scope_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The default netmask length for allocations made from this pool.
    ///
    /// Allowed: 0 to 128.
    #[track_caller]
    pub fn allocation_default_netmask_length(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum allowed netmask length for allocations made from this pool.
    ///
    /// Allowed: 0 to 128.
    #[track_caller]
    pub fn allocation_max_netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The minimum allowed netmask length for allocations made from this pool.
    ///
    /// Allowed: 0 to 128.
    #[track_caller]
    pub fn allocation_min_netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When specified, an allocation will not be allowed unless a resource has a matching set of tags.
    #[track_caller]
    pub fn allocation_resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines what to do if IPAM discovers resources that haven't been assigned an allocation.
    #[track_caller]
    pub fn auto_import(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Limits which service in Amazon Web Services that the pool can be used in.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn aws_service(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The region of this pool.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn locale(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of cidrs representing the address space available for allocation in this pool.
    #[track_caller]
    pub fn provisioned_cidrs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProvisionedCidr>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP address source for pools in the public scope.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn public_ip_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines whether or not address space from this pool is publicly advertised.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn publicly_advertisable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Id of this pool's source.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource associated with this pool's space.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceResource>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamPool {
    type Attributes = IpamPoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAMPool"
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
/// The attributes of a `AWS::EC2::IPAMPool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamPoolAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamPoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamPoolAttributes {
    /// `Fn::GetAtt` `IpamPoolId`.
    pub fn ipam_pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamPoolId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `IpamScopeArn`.
    pub fn ipam_scope_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamScopeArn")
    }
    /// `Fn::GetAtt` `IpamScopeType`.
    pub fn ipam_scope_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamScopeType")
    }
    /// `Fn::GetAtt` `IpamArn`.
    pub fn ipam_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamArn")
    }
    /// `Fn::GetAtt` `PoolDepth`.
    pub fn pool_depth(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "PoolDepth")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `StateMessage`.
    pub fn state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateMessage")
    }
}

/// A key-value pair to associate with a resource.
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

/// An address space to be inserted into this pool.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedCidr {
    props: ::forma_core::schema::Props,
}
impl ProvisionedCidr {
    /// A new value with its required properties: `Cidr`.
    pub fn new(cidr: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidr.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProvisionedCidr> for ::forma_core::Value<ProvisionedCidr> {
    fn from(v: ProvisionedCidr) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONED_CIDR_TYPE.properties))
    }
}

/// The resource associated with this pool's space.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceResource {
    props: ::forma_core::schema::Props,
}
impl SourceResource {
    /// A new value with its required properties: `ResourceId`, `ResourceOwner`, `ResourceRegion`, `ResourceType`.
    pub fn new(
        resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_id.into().into_expr());
        props.set(1, resource_owner.into().into_expr());
        props.set(2, resource_region.into().into_expr());
        props.set(3, resource_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceResource> for ::forma_core::Value<SourceResource> {
    fn from(v: SourceResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_RESOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::IPAMPool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAMPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddressFamily",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AllocationDefaultNetmaskLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(128.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "AllocationMaxNetmaskLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(128.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "AllocationMinNetmaskLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(128.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "AllocationResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AutoImport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AwsService",
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
            name: "IpamScopeId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Locale",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedCidrs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROVISIONED_CIDR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PublicIpSource",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PubliclyAdvertisable",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SourceIpamPoolId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceResource",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_RESOURCE_TYPE),
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
    attributes: &[
        "IpamPoolId",
        "Arn",
        "IpamScopeArn",
        "IpamScopeType",
        "IpamArn",
        "PoolDepth",
        "State",
        "StateMessage",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMPool.Tag",
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
            required: true,
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

static PROVISIONED_CIDR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMPool.ProvisionedCidr",
    properties: &[::forma_core::schema::Property {
        name: "Cidr",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SOURCE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMPool.SourceResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceOwner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
