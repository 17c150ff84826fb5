// @generated from AWS::CloudFront::OriginRequestPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::OriginRequestPolicy` and its property types.

/// An origin request policy.
///
/// CloudFormation type `AWS::CloudFront::OriginRequestPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginRequestPolicy {
    props: ::forma_core::schema::Props,
}
impl OriginRequestPolicy {
    /// A new resource with its required properties: `OriginRequestPolicyConfig`.
    #[track_caller]
    pub fn new(
        origin_request_policy_config: impl ::std::convert::Into<::forma_core::Value<OriginRequestPolicyConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, origin_request_policy_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for OriginRequestPolicy {
    type Attributes = OriginRequestPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::OriginRequestPolicy"
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
/// The attributes of a `AWS::CloudFront::OriginRequestPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OriginRequestPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OriginRequestPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OriginRequestPolicyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// An origin request policy configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginRequestPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl OriginRequestPolicyConfig {
    /// A new value with its required properties: `CookiesConfig`, `HeadersConfig`, `Name`, `QueryStringsConfig`.
    pub fn new(
        cookies_config: impl ::std::convert::Into<::forma_core::Value<CookiesConfig>>,
        headers_config: impl ::std::convert::Into<::forma_core::Value<HeadersConfig>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_strings_config: impl ::std::convert::Into<::forma_core::Value<QueryStringsConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, cookies_config.into().into_expr());
        props.set(2, headers_config.into().into_expr());
        props.set(3, name.into().into_expr());
        props.set(4, query_strings_config.into().into_expr());
        Self { props }
    }
    /// A comment to describe the origin request policy.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OriginRequestPolicyConfig> for ::forma_core::Value<OriginRequestPolicyConfig> {
    fn from(v: OriginRequestPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORIGIN_REQUEST_POLICY_CONFIG_TYPE.properties))
    }
}

/// An object that determines whether any cookies in viewer requests (and if so, which cookies) are included in requests that CloudFront sends to the origin.
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

/// An object that determines whether any HTTP headers (and if so, which headers) are included in requests that CloudFront sends to the origin.
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

/// An object that determines whether any URL query strings in viewer requests (and if so, which query strings) are included in requests that CloudFront sends to the origin.
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

/// The schema of `AWS::CloudFront::OriginRequestPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::OriginRequestPolicy",
    properties: &[::forma_core::schema::Property {
        name: "OriginRequestPolicyConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ORIGIN_REQUEST_POLICY_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id", "LastModifiedTime"],
};

static ORIGIN_REQUEST_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::OriginRequestPolicy.OriginRequestPolicyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CookiesConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COOKIES_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HeadersConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADERS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    name: "AWS::CloudFront::OriginRequestPolicy.CookiesConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CookieBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(none|whitelist|all|allExcept)$"),
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
    name: "AWS::CloudFront::OriginRequestPolicy.HeadersConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "HeaderBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(none|whitelist|allViewer|allViewerAndWhitelistCloudFront|allExcept)$"),
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
    name: "AWS::CloudFront::OriginRequestPolicy.QueryStringsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "QueryStringBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(none|whitelist|all|allExcept)$"),
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
