// @generated from AWS::CloudFront::CachePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::CachePolicy` and its property types.

/// A cache policy.
///
/// CloudFormation type `AWS::CloudFront::CachePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct CachePolicy {
    props: ::forma_core::schema::Props,
}
impl CachePolicy {
    /// A new resource with its required properties: `CachePolicyConfig`.
    #[track_caller]
    pub fn new(cache_policy_config: impl ::std::convert::Into<::forma_core::Value<CachePolicyConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cache_policy_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for CachePolicy {
    type Attributes = CachePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::CachePolicy"
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
/// The attributes of a `AWS::CloudFront::CachePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CachePolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CachePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CachePolicyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// A cache policy configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CachePolicyConfig {
    props: ::forma_core::schema::Props,
}
impl CachePolicyConfig {
    /// A new value with its required properties: `DefaultTTL`, `MaxTTL`, `MinTTL`, `Name`, `ParametersInCacheKeyAndForwardedToOrigin`.
    pub fn new(
        default_ttl: impl ::std::convert::Into<::forma_core::Value<f64>>,
        max_ttl: impl ::std::convert::Into<::forma_core::Value<f64>>,
        min_ttl: impl ::std::convert::Into<::forma_core::Value<f64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameters_in_cache_key_and_forwarded_to_origin: impl ::std::convert::Into<
            ::forma_core::Value<ParametersInCacheKeyAndForwardedToOrigin>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, default_ttl.into().into_expr());
        props.set(2, max_ttl.into().into_expr());
        props.set(3, min_ttl.into().into_expr());
        props.set(4, name.into().into_expr());
        props.set(5, parameters_in_cache_key_and_forwarded_to_origin.into().into_expr());
        Self { props }
    }
    /// A comment to describe the cache policy.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CachePolicyConfig> for ::forma_core::Value<CachePolicyConfig> {
    fn from(v: CachePolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_POLICY_CONFIG_TYPE.properties))
    }
}

/// This object determines the values that CloudFront includes in the cache key.
#[derive(Debug, Clone, PartialEq)]
pub struct ParametersInCacheKeyAndForwardedToOrigin {
    props: ::forma_core::schema::Props,
}
impl ParametersInCacheKeyAndForwardedToOrigin {
    /// A new value with its required properties: `CookiesConfig`, `EnableAcceptEncodingGzip`, `HeadersConfig`, `QueryStringsConfig`.
    pub fn new(
        cookies_config: impl ::std::convert::Into<::forma_core::Value<CookiesConfig>>,
        enable_accept_encoding_gzip: impl ::std::convert::Into<::forma_core::Value<bool>>,
        headers_config: impl ::std::convert::Into<::forma_core::Value<HeadersConfig>>,
        query_strings_config: impl ::std::convert::Into<::forma_core::Value<QueryStringsConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cookies_config.into().into_expr());
        props.set(2, enable_accept_encoding_gzip.into().into_expr());
        props.set(3, headers_config.into().into_expr());
        props.set(4, query_strings_config.into().into_expr());
        Self { props }
    }
    /// A flag that can affect whether the `Accept-Encoding` HTTP header is included in the cache key and included in requests that CloudFront sends to the origin.
    pub fn enable_accept_encoding_brotli(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ParametersInCacheKeyAndForwardedToOrigin>
    for ::forma_core::Value<ParametersInCacheKeyAndForwardedToOrigin>
{
    fn from(v: ParametersInCacheKeyAndForwardedToOrigin) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(PARAMETERS_IN_CACHE_KEY_AND_FORWARDED_TO_ORIGIN_TYPE.properties),
        )
    }
}

/// An object that determines whether any cookies in viewer requests (and if so, which cookies) are included in the cache key and in requests that CloudFront sends to the origin.
#[derive(Debug, Clone, PartialEq)]
pub struct CookiesConfig {
    props: ::forma_core::schema::Props,
}
impl CookiesConfig {
    /// A new value with its required properties: `CookieBehavior`.
    pub fn new(cookie_behavior: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cookie_behavior.into().into_expr());
        Self { props }
    }
    /// Contains a list of cookie names.
    pub fn cookies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CookiesConfig> for ::forma_core::Value<CookiesConfig> {
    fn from(v: CookiesConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COOKIES_CONFIG_TYPE.properties))
    }
}

/// An object that determines whether any HTTP headers (and if so, which headers) are included in the cache key and in requests that CloudFront sends to the origin.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadersConfig {
    props: ::forma_core::schema::Props,
}
impl HeadersConfig {
    /// A new value with its required properties: `HeaderBehavior`.
    pub fn new(header_behavior: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header_behavior.into().into_expr());
        Self { props }
    }
    /// Contains a list of HTTP header names.
    pub fn headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HeadersConfig> for ::forma_core::Value<HeadersConfig> {
    fn from(v: HeadersConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADERS_CONFIG_TYPE.properties))
    }
}

/// An object that determines whether any URL query strings in viewer requests (and if so, which query strings) are included in the cache key and in requests that CloudFront sends to the origin.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryStringsConfig {
    props: ::forma_core::schema::Props,
}
impl QueryStringsConfig {
    /// A new value with its required properties: `QueryStringBehavior`.
    pub fn new(query_string_behavior: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, query_string_behavior.into().into_expr());
        Self { props }
    }
    /// Contains a list of query string names.
    pub fn query_strings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QueryStringsConfig> for ::forma_core::Value<QueryStringsConfig> {
    fn from(v: QueryStringsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_STRINGS_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::CachePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::CachePolicy",
    properties: &[::forma_core::schema::Property {
        name: "CachePolicyConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CACHE_POLICY_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id", "LastModifiedTime"],
};

static CACHE_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::CachePolicy.CachePolicyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultTTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxTTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinTTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParametersInCacheKeyAndForwardedToOrigin",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARAMETERS_IN_CACHE_KEY_AND_FORWARDED_TO_ORIGIN_TYPE),
        },
    ],
    rules: &[],
};

static PARAMETERS_IN_CACHE_KEY_AND_FORWARDED_TO_ORIGIN_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::CachePolicy.ParametersInCacheKeyAndForwardedToOrigin",
        properties: &[
            ::forma_core::schema::Property {
                name: "CookiesConfig",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COOKIES_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EnableAcceptEncodingBrotli",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "EnableAcceptEncodingGzip",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "HeadersConfig",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HEADERS_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "QueryStringsConfig",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&QUERY_STRINGS_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static COOKIES_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::CachePolicy.CookiesConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CookieBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(none|whitelist|allExcept|all)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Cookies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static HEADERS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::CachePolicy.HeadersConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "HeaderBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(none|whitelist)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static QUERY_STRINGS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::CachePolicy.QueryStringsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "QueryStringBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(none|whitelist|allExcept|all)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryStrings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
