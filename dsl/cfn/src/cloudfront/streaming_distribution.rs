// @generated from AWS::CloudFront::StreamingDistribution (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::StreamingDistribution` and its property types.

/// Resource Type definition for AWS::CloudFront::StreamingDistribution
///
/// CloudFormation type `AWS::CloudFront::StreamingDistribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamingDistribution {
    props: ::forma_core::schema::Props,
}
impl StreamingDistribution {
    /// A new resource with its required properties: `StreamingDistributionConfig`, `Tags`.
    #[track_caller]
    pub fn new(
        streaming_distribution_config: impl ::std::convert::Into<::forma_core::Value<StreamingDistributionConfig>>,
        tags: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, streaming_distribution_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, tags.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for StreamingDistribution {
    type Attributes = StreamingDistributionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::StreamingDistribution"
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
/// The attributes of a `AWS::CloudFront::StreamingDistribution` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StreamingDistributionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StreamingDistributionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StreamingDistributionAttributes {
    /// `Fn::GetAtt` `DomainName`.
    pub fn domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainName")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `StreamingDistributionConfig` property type of `AWS::CloudFront::StreamingDistribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamingDistributionConfig {
    props: ::forma_core::schema::Props,
}
impl StreamingDistributionConfig {
    /// A new value with its required properties: `Comment`, `Enabled`, `S3Origin`, `TrustedSigners`.
    pub fn new(
        comment: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        s3_origin: impl ::std::convert::Into<::forma_core::Value<S3Origin>>,
        trusted_signers: impl ::std::convert::Into<::forma_core::Value<TrustedSigners>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, comment.into().into_expr());
        props.set(2, enabled.into().into_expr());
        props.set(5, s3_origin.into().into_expr());
        props.set(6, trusted_signers.into().into_expr());
        Self { props }
    }
    /// `Aliases`.
    pub fn aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Logging`.
    pub fn logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<Logging>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `PriceClass`.
    pub fn price_class(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StreamingDistributionConfig> for ::forma_core::Value<StreamingDistributionConfig> {
    fn from(v: StreamingDistributionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAMING_DISTRIBUTION_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CloudFront::StreamingDistribution`.
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

/// The `Logging` property type of `AWS::CloudFront::StreamingDistribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct Logging {
    props: ::forma_core::schema::Props,
}
impl Logging {
    /// A new value with its required properties: `Bucket`, `Enabled`, `Prefix`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, enabled.into().into_expr());
        props.set(2, prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Logging> for ::forma_core::Value<Logging> {
    fn from(v: Logging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_TYPE.properties))
    }
}

/// The `S3Origin` property type of `AWS::CloudFront::StreamingDistribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Origin {
    props: ::forma_core::schema::Props,
}
impl S3Origin {
    /// A new value with its required properties: `DomainName`, `OriginAccessIdentity`.
    pub fn new(
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        origin_access_identity: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain_name.into().into_expr());
        props.set(1, origin_access_identity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Origin> for ::forma_core::Value<S3Origin> {
    fn from(v: S3Origin) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ORIGIN_TYPE.properties))
    }
}

/// The `TrustedSigners` property type of `AWS::CloudFront::StreamingDistribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustedSigners {
    props: ::forma_core::schema::Props,
}
impl TrustedSigners {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// `AwsAccountNumbers`.
    pub fn aws_account_numbers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TrustedSigners> for ::forma_core::Value<TrustedSigners> {
    fn from(v: TrustedSigners) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRUSTED_SIGNERS_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::StreamingDistribution`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::StreamingDistribution",
    properties: &[
        ::forma_core::schema::Property {
            name: "StreamingDistributionConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STREAMING_DISTRIBUTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["DomainName", "Id"],
};

static STREAMING_DISTRIBUTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::StreamingDistribution.StreamingDistributionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Comment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PriceClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Origin",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_ORIGIN_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrustedSigners",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRUSTED_SIGNERS_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::StreamingDistribution.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::StreamingDistribution.Logging",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_ORIGIN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::StreamingDistribution.S3Origin",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OriginAccessIdentity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TRUSTED_SIGNERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::StreamingDistribution.TrustedSigners",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountNumbers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};
