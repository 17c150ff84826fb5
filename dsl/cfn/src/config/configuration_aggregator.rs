// @generated from AWS::Config::ConfigurationAggregator (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::ConfigurationAggregator` and its property types.

/// Resource Type definition for AWS::Config::ConfigurationAggregator
///
/// CloudFormation type `AWS::Config::ConfigurationAggregator`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationAggregator {
    props: ::forma_core::schema::Props,
}
impl ConfigurationAggregator {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccountAggregationSources`.
    #[track_caller]
    pub fn account_aggregation_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccountAggregationSource>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the aggregator.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn configuration_aggregator_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OrganizationAggregationSource`.
    #[track_caller]
    pub fn organization_aggregation_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OrganizationAggregationSource>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the configuration aggregator.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ConfigurationAggregator {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ConfigurationAggregator {
    type Attributes = ConfigurationAggregatorAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::ConfigurationAggregator"
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
/// The attributes of a `AWS::Config::ConfigurationAggregator` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationAggregatorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationAggregatorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationAggregatorAttributes {
    /// `Fn::GetAtt` `ConfigurationAggregatorArn`.
    pub fn configuration_aggregator_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationAggregatorArn")
    }
}

/// The `AccountAggregationSource` property type of `AWS::Config::ConfigurationAggregator`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountAggregationSource {
    props: ::forma_core::schema::Props,
}
impl AccountAggregationSource {
    /// A new value with its required properties: `AccountIds`.
    pub fn new(
        account_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, account_ids.into().into_expr());
        Self { props }
    }
    /// `AllAwsRegions`.
    pub fn all_aws_regions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AwsRegions`.
    pub fn aws_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AccountAggregationSource> for ::forma_core::Value<AccountAggregationSource> {
    fn from(v: AccountAggregationSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCOUNT_AGGREGATION_SOURCE_TYPE.properties))
    }
}

/// The `OrganizationAggregationSource` property type of `AWS::Config::ConfigurationAggregator`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationAggregationSource {
    props: ::forma_core::schema::Props,
}
impl OrganizationAggregationSource {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, role_arn.into().into_expr());
        Self { props }
    }
    /// `AllAwsRegions`.
    pub fn all_aws_regions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AwsRegions`.
    pub fn aws_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OrganizationAggregationSource> for ::forma_core::Value<OrganizationAggregationSource> {
    fn from(v: OrganizationAggregationSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORGANIZATION_AGGREGATION_SOURCE_TYPE.properties))
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

/// The schema of `AWS::Config::ConfigurationAggregator`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::ConfigurationAggregator",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountAggregationSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCOUNT_AGGREGATION_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationAggregatorName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w\\-]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OrganizationAggregationSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORGANIZATION_AGGREGATION_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ConfigurationAggregatorArn"],
};

static ACCOUNT_AGGREGATION_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigurationAggregator.AccountAggregationSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\d{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllAwsRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AwsRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ORGANIZATION_AGGREGATION_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigurationAggregator.OrganizationAggregationSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllAwsRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AwsRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigurationAggregator.Tag",
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
