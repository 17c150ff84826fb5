// @generated from AWS::AppSync::ApiCache (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::ApiCache` and its property types.

/// Resource Type definition for AWS::AppSync::ApiCache
///
/// CloudFormation type `AWS::AppSync::ApiCache`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiCache {
    props: ::forma_core::schema::Props,
}
impl ApiCache {
    /// A new resource with its required properties: `ApiCachingBehavior`, `ApiId`, `Ttl`, `Type`.
    #[track_caller]
    pub fn new(
        api_caching_behavior: impl ::forma_core::schema::EnumArg<ApiCachingBehavior>,
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ttl: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_caching_behavior.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, ttl.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// At-rest encryption flag for cache.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn at_rest_encryption_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Controls how cache health metrics will be emitted to CloudWatch.
    #[track_caller]
    pub fn health_metrics_config(mut self, value: impl ::forma_core::schema::EnumArg<HealthMetricsConfig>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Transit encryption flag when connecting to cache.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn transit_encryption_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApiCache {
    type Attributes = ApiCacheAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::ApiCache"
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
/// The attributes of a `AWS::AppSync::ApiCache` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApiCacheAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApiCacheAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApiCacheAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `FULL_REQUEST_CACHING`, `OPERATION_LEVEL_CACHING`, `PER_RESOLVER_CACHING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiCachingBehavior {
    /// `FULL_REQUEST_CACHING`
    FullRequestCaching,
    /// `OPERATION_LEVEL_CACHING`
    OperationLevelCaching,
    /// `PER_RESOLVER_CACHING`
    PerResolverCaching,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApiCachingBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullRequestCaching => "FULL_REQUEST_CACHING",
            Self::OperationLevelCaching => "OPERATION_LEVEL_CACHING",
            Self::PerResolverCaching => "PER_RESOLVER_CACHING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL_REQUEST_CACHING", "OPERATION_LEVEL_CACHING", "PER_RESOLVER_CACHING"]
    }
}
impl ::std::convert::From<ApiCachingBehavior> for ::forma_core::Value<ApiCachingBehavior> {
    fn from(v: ApiCachingBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApiCachingBehavior {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthMetricsConfig {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HealthMetricsConfig {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<HealthMetricsConfig> for ::forma_core::Value<HealthMetricsConfig> {
    fn from(v: HealthMetricsConfig) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HealthMetricsConfig {}

/// The values CloudFormation documents: `LARGE`, `LARGE_12X`, `LARGE_2X`, `LARGE_4X`, `LARGE_8X`, `MEDIUM`, `R4_2XLARGE`, `R4_4XLARGE`, `R4_8XLARGE`, `R4_LARGE`, `R4_XLARGE`, `SMALL`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `LARGE`
    Large,
    /// `LARGE_12X`
    Large12X,
    /// `LARGE_2X`
    Large2X,
    /// `LARGE_4X`
    Large4X,
    /// `LARGE_8X`
    Large8X,
    /// `MEDIUM`
    Medium,
    /// `R4_2XLARGE`
    R42Xlarge,
    /// `R4_4XLARGE`
    R44Xlarge,
    /// `R4_8XLARGE`
    R48Xlarge,
    /// `R4_LARGE`
    R4Large,
    /// `R4_XLARGE`
    R4Xlarge,
    /// `SMALL`
    Small,
    /// `T2_MEDIUM`
    T2Medium,
    /// `T2_SMALL`
    T2Small,
    /// `XLARGE`
    Xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Large => "LARGE",
            Self::Large12X => "LARGE_12X",
            Self::Large2X => "LARGE_2X",
            Self::Large4X => "LARGE_4X",
            Self::Large8X => "LARGE_8X",
            Self::Medium => "MEDIUM",
            Self::R42Xlarge => "R4_2XLARGE",
            Self::R44Xlarge => "R4_4XLARGE",
            Self::R48Xlarge => "R4_8XLARGE",
            Self::R4Large => "R4_LARGE",
            Self::R4Xlarge => "R4_XLARGE",
            Self::Small => "SMALL",
            Self::T2Medium => "T2_MEDIUM",
            Self::T2Small => "T2_SMALL",
            Self::Xlarge => "XLARGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "LARGE",
            "LARGE_12X",
            "LARGE_2X",
            "LARGE_4X",
            "LARGE_8X",
            "MEDIUM",
            "R4_2XLARGE",
            "R4_4XLARGE",
            "R4_8XLARGE",
            "R4_LARGE",
            "R4_XLARGE",
            "SMALL",
            "T2_MEDIUM",
            "T2_SMALL",
            "XLARGE",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The schema of `AWS::AppSync::ApiCache`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::ApiCache",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiCachingBehavior",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "FULL_REQUEST_CACHING",
                "OPERATION_LEVEL_CACHING",
                "PER_RESOLVER_CACHING",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AtRestEncryptionEnabled",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HealthMetricsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "TransitEncryptionEnabled",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Ttl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "LARGE",
                "LARGE_12X",
                "LARGE_2X",
                "LARGE_4X",
                "LARGE_8X",
                "MEDIUM",
                "R4_2XLARGE",
                "R4_4XLARGE",
                "R4_8XLARGE",
                "R4_LARGE",
                "R4_XLARGE",
                "SMALL",
                "T2_MEDIUM",
                "T2_SMALL",
                "XLARGE",
            ]),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
