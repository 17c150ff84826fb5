// @generated from AWS::S3::MultiRegionAccessPoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3::MultiRegionAccessPoint` and its property types.

/// AWS::S3::MultiRegionAccessPoint is an Amazon S3 resource type that dynamically routes S3 requests to easily satisfy geographic compliance requirements based on customer-defined routing policies.
///
/// CloudFormation type `AWS::S3::MultiRegionAccessPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiRegionAccessPoint {
    props: ::forma_core::schema::Props,
}
impl MultiRegionAccessPoint {
    /// A new resource with its required properties: `Regions`.
    #[track_caller]
    pub fn new(regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Region>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, regions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name you want to assign to this Multi Region Access Point.
    ///
    /// Allowed: length 3 to 50.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The PublicAccessBlock configuration that you want to apply to this Multi Region Access Point.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn public_access_block_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PublicAccessBlockConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MultiRegionAccessPoint {
    type Attributes = MultiRegionAccessPointAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3::MultiRegionAccessPoint"
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
/// The attributes of a `AWS::S3::MultiRegionAccessPoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MultiRegionAccessPointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MultiRegionAccessPointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MultiRegionAccessPointAttributes {
    /// `Fn::GetAtt` `Alias`.
    pub fn alias(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Alias")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The `PublicAccessBlockConfiguration` property type of `AWS::S3::MultiRegionAccessPoint`.
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

/// The `Region` property type of `AWS::S3::MultiRegionAccessPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    props: ::forma_core::schema::Props,
}
impl Region {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// `BucketAccountId`.
    ///
    /// Allowed: length 12 to 12.
    pub fn bucket_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Region> for ::forma_core::Value<Region> {
    fn from(v: Region) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGION_TYPE.properties))
    }
}

/// The schema of `AWS::S3::MultiRegionAccessPoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3::MultiRegionAccessPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][-a-z0-9]{1,48}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "PublicAccessBlockConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PUBLIC_ACCESS_BLOCK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REGION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Alias", "CreatedAt"],
};

static PUBLIC_ACCESS_BLOCK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::MultiRegionAccessPoint.PublicAccessBlockConfiguration",
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

static REGION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::MultiRegionAccessPoint.Region",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][a-z0-9//.//-]*[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
    ],
    rules: &[],
};
