// @generated from AWS::EC2::IPAMPrefixListResolverTarget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAMPrefixListResolverTarget` and its property types.

/// Resource Type definition for AWS::EC2::IPAMPrefixListResolverTarget
///
/// CloudFormation type `AWS::EC2::IPAMPrefixListResolverTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamPrefixListResolverTarget {
    props: ::forma_core::schema::Props,
}
impl IpamPrefixListResolverTarget {
    /// A new resource with its required properties: `IpamPrefixListResolverId`, `PrefixListId`, `PrefixListRegion`, `TrackLatestVersion`.
    #[track_caller]
    pub fn new(
        ipam_prefix_list_resolver_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prefix_list_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prefix_list_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        track_latest_version: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, ipam_prefix_list_resolver_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, prefix_list_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, prefix_list_region.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, track_latest_version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The desired version of the Prefix List Resolver that this Target should synchronize with.
    #[track_caller]
    pub fn desired_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamPrefixListResolverTarget {
    type Attributes = IpamPrefixListResolverTargetAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAMPrefixListResolverTarget"
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
/// The attributes of a `AWS::EC2::IPAMPrefixListResolverTarget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamPrefixListResolverTargetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamPrefixListResolverTargetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamPrefixListResolverTargetAttributes {
    /// `Fn::GetAtt` `IpamPrefixListResolverTargetId`.
    pub fn ipam_prefix_list_resolver_target_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamPrefixListResolverTargetId")
    }
    /// `Fn::GetAtt` `IpamPrefixListResolverTargetArn`.
    pub fn ipam_prefix_list_resolver_target_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamPrefixListResolverTargetArn")
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

/// The schema of `AWS::EC2::IPAMPrefixListResolverTarget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAMPrefixListResolverTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IpamPrefixListResolverId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrefixListId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrefixListRegion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
        ::forma_core::schema::Property {
            name: "TrackLatestVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["IpamPrefixListResolverTargetId", "IpamPrefixListResolverTargetArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMPrefixListResolverTarget.Tag",
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
