// @generated from AWS::MediaStore::Container (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaStore::Container` and its property types.

/// Resource Type definition for AWS::MediaStore::Container
///
/// CloudFormation type `AWS::MediaStore::Container`.
#[derive(Debug, Clone, PartialEq)]
pub struct Container {
    props: ::forma_core::schema::Props,
}
impl Container {
    /// A new resource with its required properties: `ContainerName`.
    #[track_caller]
    pub fn new(container_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, container_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessLoggingEnabled`.
    #[track_caller]
    pub fn access_logging_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CorsPolicy`.
    #[track_caller]
    pub fn cors_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CorsRule>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LifecyclePolicy`.
    #[track_caller]
    pub fn lifecycle_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MetricPolicy`.
    #[track_caller]
    pub fn metric_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricPolicy>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Policy`.
    #[track_caller]
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Container {
    type Attributes = ContainerAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaStore::Container"
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
/// The attributes of a `AWS::MediaStore::Container` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContainerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContainerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContainerAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
}

/// The `CorsRule` property type of `AWS::MediaStore::Container`.
#[derive(Debug, Clone, PartialEq)]
pub struct CorsRule {
    props: ::forma_core::schema::Props,
}
impl CorsRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowedHeaders`.
    pub fn allowed_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AllowedMethods`.
    pub fn allowed_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AllowedOrigins`.
    pub fn allowed_origins(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ExposeHeaders`.
    pub fn expose_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaxAgeSeconds`.
    pub fn max_age_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CorsRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CorsRule> for ::forma_core::Value<CorsRule> {
    fn from(v: CorsRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORS_RULE_TYPE.properties))
    }
}

/// The `MetricPolicy` property type of `AWS::MediaStore::Container`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricPolicy {
    props: ::forma_core::schema::Props,
}
impl MetricPolicy {
    /// A new value with its required properties: `ContainerLevelMetrics`.
    pub fn new(container_level_metrics: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, container_level_metrics.into().into_expr());
        Self { props }
    }
    /// `MetricPolicyRules`.
    pub fn metric_policy_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricPolicyRule>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricPolicy> for ::forma_core::Value<MetricPolicy> {
    fn from(v: MetricPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_POLICY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaStore::Container`.
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

/// The `MetricPolicyRule` property type of `AWS::MediaStore::Container`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricPolicyRule {
    props: ::forma_core::schema::Props,
}
impl MetricPolicyRule {
    /// A new value with its required properties: `ObjectGroup`, `ObjectGroupName`.
    pub fn new(
        object_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, object_group.into().into_expr());
        props.set(1, object_group_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricPolicyRule> for ::forma_core::Value<MetricPolicyRule> {
    fn from(v: MetricPolicyRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_POLICY_RULE_TYPE.properties))
    }
}

/// The schema of `AWS::MediaStore::Container`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaStore::Container",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLoggingEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CorsPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CORS_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LifecyclePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRIC_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
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
    ],
    rules: &[],
    attributes: &["Id", "Endpoint"],
};

static CORS_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaStore::Container.CorsRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedOrigins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExposeHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxAgeSeconds",
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

static METRIC_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaStore::Container.MetricPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerLevelMetrics",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MetricPolicyRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_POLICY_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaStore::Container.Tag",
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

static METRIC_POLICY_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaStore::Container.MetricPolicyRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ObjectGroup",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ObjectGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
