// @generated from AWS::S3Files::MountTarget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Files::MountTarget` and its property types.

/// Resource Type definition for AWS::S3Files::MountTarget
///
/// CloudFormation type `AWS::S3Files::MountTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct MountTarget {
    props: ::forma_core::schema::Props,
}
impl MountTarget {
    /// A new resource with its required properties: `FileSystemId`, `SubnetId`.
    #[track_caller]
    pub fn new(
        file_system_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, file_system_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, subnet_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `IpAddressType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Ipv4Address`.
    ///
    /// Allowed: length 7 to 15.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv4_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Ipv6Address`.
    ///
    /// Allowed: length 3 to 39.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv6_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityGroups`.
    #[track_caller]
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MountTarget {
    type Attributes = MountTargetAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Files::MountTarget"
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
/// The attributes of a `AWS::S3Files::MountTarget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MountTargetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MountTargetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MountTargetAttributes {
    /// `Fn::GetAtt` `MountTargetId`.
    pub fn mount_target_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MountTargetId")
    }
    /// `Fn::GetAtt` `AvailabilityZoneId`.
    pub fn availability_zone_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AvailabilityZoneId")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `NetworkInterfaceId`.
    pub fn network_interface_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInterfaceId")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
}

/// The values CloudFormation documents: `IPV4_ONLY`, `IPV6_ONLY`, `DUAL_STACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `IPV4_ONLY`
    Ipv4Only,
    /// `IPV6_ONLY`
    Ipv6Only,
    /// `DUAL_STACK`
    DualStack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4Only => "IPV4_ONLY",
            Self::Ipv6Only => "IPV6_ONLY",
            Self::DualStack => "DUAL_STACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4_ONLY", "IPV6_ONLY", "DUAL_STACK"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The schema of `AWS::S3Files::MountTarget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Files::MountTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "FileSystemId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$",
                ),
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4_ONLY", "IPV6_ONLY", "DUAL_STACK"]),
        },
        ::forma_core::schema::Property {
            name: "Ipv4Address",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$"),
                min_length: Some(7),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Address",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(39),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(sg-[0-9a-f]{8,40})$"),
                    min_length: Some(11),
                    max_length: Some(43),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^subnet-[0-9a-f]{8,40}$"),
                min_length: Some(15),
                max_length: Some(47),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "MountTargetId",
        "AvailabilityZoneId",
        "OwnerId",
        "NetworkInterfaceId",
        "VpcId",
        "Status",
        "StatusMessage",
    ],
};
