// @generated from AWS::S3::AccessPoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3::AccessPoint` and its property types.

/// The AWS::S3::AccessPoint resource is an Amazon S3 resource type that you can use to access buckets.
///
/// CloudFormation type `AWS::S3::AccessPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPoint {
    props: ::forma_core::schema::Props,
}
impl AccessPoint {
    /// A new resource with its required properties: `Bucket`.
    #[track_caller]
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bucket.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The AWS account ID associated with the S3 bucket associated with this access point.
    ///
    /// Allowed: length 0 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name you want to assign to this Access Point.
    ///
    /// Allowed: length 3 to 50.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Policy`.
    #[track_caller]
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The PublicAccessBlock configuration that you want to apply to this Access Point.
    #[track_caller]
    pub fn public_access_block_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PublicAccessBlockConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this S3 Access Point.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you include this field, Amazon S3 restricts access to this Access Point to requests from the specified Virtual Private Cloud (VPC).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccessPoint {
    type Attributes = AccessPointAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3::AccessPoint"
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
/// The attributes of a `AWS::S3::AccessPoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccessPointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccessPointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccessPointAttributes {
    /// `Fn::GetAtt` `Alias`.
    pub fn alias(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Alias")
    }
    /// `Fn::GetAtt` `NetworkOrigin`.
    pub fn network_origin(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkOrigin")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Bucket`.
    pub fn bucket(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Bucket")
    }
    /// `Fn::GetAtt` `BucketAccountId`.
    pub fn bucket_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BucketAccountId")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `Policy`.
    pub fn policy(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Policy")
    }
    /// `Fn::GetAtt` `PublicAccessBlockConfiguration`.
    pub fn public_access_block_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "PublicAccessBlockConfiguration")
    }
    /// `Fn::GetAtt` `VpcConfiguration`.
    pub fn vpc_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcConfiguration")
    }
}

/// The `PublicAccessBlockConfiguration` property type of `AWS::S3::AccessPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicAccessBlockConfiguration {
    props: ::forma_core::schema::Props,
}
impl PublicAccessBlockConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether Amazon S3 should block public access control lists (ACLs) for buckets in this account.
    pub fn block_public_acls(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon S3 should block public bucket policies for buckets in this account.
    pub fn block_public_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon S3 should ignore public ACLs for buckets in this account.
    pub fn ignore_public_acls(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon S3 should restrict public bucket policies for this bucket.
    pub fn restrict_public_buckets(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PublicAccessBlockConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PublicAccessBlockConfiguration> for ::forma_core::Value<PublicAccessBlockConfiguration> {
    fn from(v: PublicAccessBlockConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLIC_ACCESS_BLOCK_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3::AccessPoint`.
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

/// The Virtual Private Cloud (VPC) configuration for a bucket access point.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If this field is specified, this access point will only allow connections from the specified VPC ID.
    ///
    /// Allowed: length 1 to 1024.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConfiguration> for ::forma_core::Value<VpcConfiguration> {
    fn from(v: VpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::S3::AccessPoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3::AccessPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{12}$"),
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$"),
                min_length: Some(3),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PublicAccessBlockConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PUBLIC_ACCESS_BLOCK_CONFIGURATION_TYPE),
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
            name: "VpcConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Alias",
        "NetworkOrigin",
        "Arn",
        "Bucket",
        "BucketAccountId",
        "Name",
        "Policy",
        "PublicAccessBlockConfiguration",
        "VpcConfiguration",
    ],
};

static PUBLIC_ACCESS_BLOCK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::AccessPoint.PublicAccessBlockConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BlockPublicAcls",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "BlockPublicPolicy",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "IgnorePublicAcls",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "RestrictPublicBuckets",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::AccessPoint.Tag",
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::AccessPoint.VpcConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "VpcId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};
