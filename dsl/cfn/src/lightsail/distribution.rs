// @generated from AWS::Lightsail::Distribution (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::Distribution` and its property types.

/// Resource Type definition for AWS::Lightsail::Distribution
///
/// CloudFormation type `AWS::Lightsail::Distribution`.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    props: ::forma_core::schema::Props,
}
impl Distribution {
    /// A new resource with its required properties: `BundleId`, `DefaultCacheBehavior`, `DistributionName`, `Origin`.
    #[track_caller]
    pub fn new(
        bundle_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        default_cache_behavior: impl ::std::convert::Into<::forma_core::Value<CacheBehavior>>,
        distribution_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        origin: impl ::std::convert::Into<::forma_core::Value<InputOrigin>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bundle_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, default_cache_behavior.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, distribution_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, origin.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An object that describes the cache behavior settings for the distribution.
    #[track_caller]
    pub fn cache_behavior_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CacheSettings>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of objects that describe the per-path cache behavior for the distribution.
    #[track_caller]
    pub fn cache_behaviors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CacheBehaviorPerPath>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The certificate attached to the Distribution.
    #[track_caller]
    pub fn certificate_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP address type for the distribution.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the distribution is enabled.
    #[track_caller]
    pub fn is_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Distribution {
    type Attributes = DistributionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::Distribution"
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
/// The attributes of a `AWS::Lightsail::Distribution` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DistributionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DistributionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DistributionAttributes {
    /// `Fn::GetAtt` `DistributionArn`.
    pub fn distribution_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DistributionArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `AbleToUpdateBundle`.
    pub fn able_to_update_bundle(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "AbleToUpdateBundle")
    }
}

/// The values CloudFormation documents: `dualstack`, `ipv4`, `ipv6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `dualstack`
    Dualstack,
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dualstack => "dualstack",
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["dualstack", "ipv4", "ipv6"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// Describes the cache settings of an Amazon Lightsail content delivery network (CDN) distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheSettings {
    props: ::forma_core::schema::Props,
}
impl CacheSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The HTTP methods that are processed and forwarded to the distribution's origin.
    pub fn allowed_http_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The HTTP method responses that are cached by your distribution.
    pub fn cached_http_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The default amount of time that objects stay in the distribution's cache before the distribution forwards another request to the origin to determine whether the content has been updated.
    pub fn default_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An object that describes the cookies that are forwarded to the origin.
    pub fn forwarded_cookies(mut self, value: impl ::std::convert::Into<::forma_core::Value<CookieObject>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An object that describes the headers that are forwarded to the origin.
    pub fn forwarded_headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<HeaderObject>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An object that describes the query strings that are forwarded to the origin.
    pub fn forwarded_query_strings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QueryStringObject>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The maximum amount of time that objects stay in the distribution's cache before the distribution forwards another request to the origin to determine whether the object has been updated.
    pub fn maximum_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The minimum amount of time that objects stay in the distribution's cache before the distribution forwards another request to the origin to determine whether the object has been updated.
    pub fn minimum_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CacheSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CacheSettings> for ::forma_core::Value<CacheSettings> {
    fn from(v: CacheSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `cache`, `dont-cache`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Behavior {
    /// `cache`
    Cache,
    /// `dont-cache`
    DontCache,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Behavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cache => "cache",
            Self::DontCache => "dont-cache",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["cache", "dont-cache"]
    }
}
impl ::std::convert::From<Behavior> for ::forma_core::Value<Behavior> {
    fn from(v: Behavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Behavior {}

/// Describes the per-path cache behavior of an Amazon Lightsail content delivery network (CDN) distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheBehaviorPerPath {
    props: ::forma_core::schema::Props,
}
impl CacheBehaviorPerPath {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The cache behavior for the specified path.
    pub fn behavior(mut self, value: impl ::forma_core::schema::EnumArg<Behavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The path to a directory or file to cached, or not cache.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CacheBehaviorPerPath {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CacheBehaviorPerPath> for ::forma_core::Value<CacheBehaviorPerPath> {
    fn from(v: CacheBehaviorPerPath) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_BEHAVIOR_PER_PATH_TYPE.properties))
    }
}

/// Describes the default cache behavior of an Amazon Lightsail content delivery network (CDN) distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheBehavior {
    props: ::forma_core::schema::Props,
}
impl CacheBehavior {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The cache behavior of the distribution.
    pub fn behavior(mut self, value: impl ::forma_core::schema::EnumArg<Behavior>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CacheBehavior {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CacheBehavior> for ::forma_core::Value<CacheBehavior> {
    fn from(v: CacheBehavior) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_BEHAVIOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `http-only`, `https-only`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProtocolPolicy {
    /// `http-only`
    HttpOnly,
    /// `https-only`
    HttpsOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProtocolPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HttpOnly => "http-only",
            Self::HttpsOnly => "https-only",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["http-only", "https-only"]
    }
}
impl ::std::convert::From<ProtocolPolicy> for ::forma_core::Value<ProtocolPolicy> {
    fn from(v: ProtocolPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProtocolPolicy {}

/// The values CloudFormation documents: `ap-east-1`, `ap-northeast-1`, `ap-northeast-2`, `ap-south-1`, `ap-southeast-1`, `ap-southeast-2`, `ap-southeast-3`, `ap-southeast-5`, `ca-central-1`, `eu-central-1`, `eu-north-1`, `eu-south-2`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegionName {
    /// `ap-east-1`
    ApEast1,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-south-1`
    ApSouth1,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-southeast-3`
    ApSoutheast3,
    /// `ap-southeast-5`
    ApSoutheast5,
    /// `ca-central-1`
    CaCentral1,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-north-1`
    EuNorth1,
    /// `eu-south-2`
    EuSouth2,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `sa-east-1`
    SaEast1,
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RegionName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApEast1 => "ap-east-1",
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApNortheast2 => "ap-northeast-2",
            Self::ApSouth1 => "ap-south-1",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApSoutheast2 => "ap-southeast-2",
            Self::ApSoutheast3 => "ap-southeast-3",
            Self::ApSoutheast5 => "ap-southeast-5",
            Self::CaCentral1 => "ca-central-1",
            Self::EuCentral1 => "eu-central-1",
            Self::EuNorth1 => "eu-north-1",
            Self::EuSouth2 => "eu-south-2",
            Self::EuWest1 => "eu-west-1",
            Self::EuWest2 => "eu-west-2",
            Self::EuWest3 => "eu-west-3",
            Self::SaEast1 => "sa-east-1",
            Self::UsEast1 => "us-east-1",
            Self::UsEast2 => "us-east-2",
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ap-east-1",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-south-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-5",
            "ca-central-1",
            "eu-central-1",
            "eu-north-1",
            "eu-south-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2",
        ]
    }
}
impl ::std::convert::From<RegionName> for ::forma_core::Value<RegionName> {
    fn from(v: RegionName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RegionName {}

/// Describes the origin resource of an Amazon Lightsail content delivery network (CDN) distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct InputOrigin {
    props: ::forma_core::schema::Props,
}
impl InputOrigin {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the origin resource.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The protocol that your Amazon Lightsail distribution uses when establishing a connection with your origin to pull content.
    pub fn protocol_policy(mut self, value: impl ::forma_core::schema::EnumArg<ProtocolPolicy>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The AWS Region name of the origin resource.
    pub fn region_name(mut self, value: impl ::forma_core::schema::EnumArg<RegionName>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for InputOrigin {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputOrigin> for ::forma_core::Value<InputOrigin> {
    fn from(v: InputOrigin) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_ORIGIN_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `all`, `allow-list`, `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Option {
    /// `all`
    All,
    /// `allow-list`
    AllowList,
    /// `none`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Option {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::AllowList => "allow-list",
            Self::None => "none",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["all", "allow-list", "none"]
    }
}
impl ::std::convert::From<Option> for ::forma_core::Value<Option> {
    fn from(v: Option) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Option {}

/// Describes whether an Amazon Lightsail content delivery network (CDN) distribution forwards cookies to the origin and, if so, which ones.
#[derive(Debug, Clone, PartialEq)]
pub struct CookieObject {
    props: ::forma_core::schema::Props,
}
impl CookieObject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The specific cookies to forward to your distribution's origin.
    pub fn cookies_allow_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies which cookies to forward to the distribution's origin for a cache behavior: all, none, or allow-list to forward only the cookies specified in the cookiesAllowList parameter.
    pub fn option(mut self, value: impl ::forma_core::schema::EnumArg<Option>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CookieObject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CookieObject> for ::forma_core::Value<CookieObject> {
    fn from(v: CookieObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COOKIE_OBJECT_TYPE.properties))
    }
}

/// Describes the request headers that a Lightsail distribution bases caching on.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderObject {
    props: ::forma_core::schema::Props,
}
impl HeaderObject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The specific headers to forward to your distribution's origin.
    pub fn headers_allow_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The headers that you want your distribution to forward to your origin and base caching on.
    pub fn option(mut self, value: impl ::forma_core::schema::EnumArg<Option>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for HeaderObject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HeaderObject> for ::forma_core::Value<HeaderObject> {
    fn from(v: HeaderObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADER_OBJECT_TYPE.properties))
    }
}

/// Describes the query string parameters that an Amazon Lightsail content delivery network (CDN) distribution to bases caching on.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryStringObject {
    props: ::forma_core::schema::Props,
}
impl QueryStringObject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the distribution forwards and caches based on query strings.
    pub fn option(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The specific query strings that the distribution forwards to the origin.
    pub fn query_strings_allow_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QueryStringObject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QueryStringObject> for ::forma_core::Value<QueryStringObject> {
    fn from(v: QueryStringObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_STRING_OBJECT_TYPE.properties))
    }
}

/// The schema of `AWS::Lightsail::Distribution`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::Distribution",
    properties: &[
        ::forma_core::schema::Property {
            name: "BundleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CacheBehaviorSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CACHE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CacheBehaviors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CACHE_BEHAVIOR_PER_PATH_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CertificateName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultCacheBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CACHE_BEHAVIOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DistributionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\w[\\w\\-]*\\w"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["dualstack", "ipv4", "ipv6"]),
        },
        ::forma_core::schema::Property {
            name: "IsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Origin",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_ORIGIN_TYPE),
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
    attributes: &["DistributionArn", "Status", "AbleToUpdateBundle"],
};

static CACHE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Distribution.CacheSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedHTTPMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CachedHTTPMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ForwardedCookies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COOKIE_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ForwardedHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADER_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ForwardedQueryStrings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_STRING_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaximumTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumTTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static CACHE_BEHAVIOR_PER_PATH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Distribution.CacheBehaviorPerPath",
    properties: &[
        ::forma_core::schema::Property {
            name: "Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["cache", "dont-cache"]),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CACHE_BEHAVIOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Distribution.CacheBehavior",
    properties: &[::forma_core::schema::Property {
        name: "Behavior",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["cache", "dont-cache"]),
    }],
    rules: &[],
};

static INPUT_ORIGIN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Distribution.InputOrigin",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProtocolPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http-only", "https-only"]),
        },
        ::forma_core::schema::Property {
            name: "RegionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ap-east-1",
                "ap-northeast-1",
                "ap-northeast-2",
                "ap-south-1",
                "ap-southeast-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "ap-southeast-5",
                "ca-central-1",
                "eu-central-1",
                "eu-north-1",
                "eu-south-2",
                "eu-west-1",
                "eu-west-2",
                "eu-west-3",
                "sa-east-1",
                "us-east-1",
                "us-east-2",
                "us-west-1",
                "us-west-2",
            ]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Distribution.Tag",
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
            required: false,
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

static COOKIE_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Distribution.CookieObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "CookiesAllowList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Option",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["all", "allow-list", "none"]),
        },
    ],
    rules: &[],
};

static HEADER_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Distribution.HeaderObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "HeadersAllowList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Option",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["all", "allow-list", "none"]),
        },
    ],
    rules: &[],
};

static QUERY_STRING_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Distribution.QueryStringObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "Option",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "QueryStringsAllowList",
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
