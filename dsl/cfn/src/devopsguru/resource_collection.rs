// @generated from AWS::DevOpsGuru::ResourceCollection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DevOpsGuru::ResourceCollection` and its property types.

/// This resource schema represents the ResourceCollection resource in the Amazon DevOps Guru.
///
/// CloudFormation type `AWS::DevOpsGuru::ResourceCollection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceCollection {
    props: ::forma_core::schema::Props,
}
impl ResourceCollection {
    /// A new resource with its required properties: `ResourceCollectionFilter`.
    #[track_caller]
    pub fn new(
        resource_collection_filter: impl ::std::convert::Into<::forma_core::Value<ResourceCollectionFilter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, resource_collection_filter.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ResourceCollection {
    type Attributes = ResourceCollectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::DevOpsGuru::ResourceCollection"
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
/// The attributes of a `AWS::DevOpsGuru::ResourceCollection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceCollectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceCollectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourceCollectionAttributes {
    /// `Fn::GetAtt` `ResourceCollectionType`.
    pub fn resource_collection_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceCollectionType")
    }
}

/// Information about a filter used to specify which AWS resources are analyzed for anomalous behavior by DevOps Guru.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceCollectionFilter {
    props: ::forma_core::schema::Props,
}
impl ResourceCollectionFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// CloudFormation resource for DevOps Guru to monitor
    pub fn cloud_formation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudFormationCollectionFilter>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Tagged resources for DevOps Guru to monitor
    pub fn tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagCollection>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceCollectionFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceCollectionFilter> for ::forma_core::Value<ResourceCollectionFilter> {
    fn from(v: ResourceCollectionFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_COLLECTION_FILTER_TYPE.properties))
    }
}

/// CloudFormation resource for DevOps Guru to monitor
#[derive(Debug, Clone, PartialEq)]
pub struct CloudFormationCollectionFilter {
    props: ::forma_core::schema::Props,
}
impl CloudFormationCollectionFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of CloudFormation stack names.
    pub fn stack_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudFormationCollectionFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudFormationCollectionFilter> for ::forma_core::Value<CloudFormationCollectionFilter> {
    fn from(v: CloudFormationCollectionFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_FORMATION_COLLECTION_FILTER_TYPE.properties))
    }
}

/// Tagged resource for DevOps Guru to monitor
#[derive(Debug, Clone, PartialEq)]
pub struct TagCollection {
    props: ::forma_core::schema::Props,
}
impl TagCollection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Tag key for DevOps Guru app boundary.
    ///
    /// Allowed: length 1 to 128.
    pub fn app_boundary_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Tag values of DevOps Guru app boundary.
    pub fn tag_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TagCollection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TagCollection> for ::forma_core::Value<TagCollection> {
    fn from(v: TagCollection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_COLLECTION_TYPE.properties))
    }
}

/// The schema of `AWS::DevOpsGuru::ResourceCollection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DevOpsGuru::ResourceCollection",
    properties: &[::forma_core::schema::Property {
        name: "ResourceCollectionFilter",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RESOURCE_COLLECTION_FILTER_TYPE),
    }],
    rules: &[],
    attributes: &["ResourceCollectionType"],
};

static RESOURCE_COLLECTION_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsGuru::ResourceCollection.ResourceCollectionFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudFormation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_FORMATION_COLLECTION_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_COLLECTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CLOUD_FORMATION_COLLECTION_FILTER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DevOpsGuru::ResourceCollection.CloudFormationCollectionFilter",
        properties: &[::forma_core::schema::Property {
            name: "StackNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z*]+[a-zA-Z0-9-]*$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) },
            ),
        }],
        rules: &[],
    };

static TAG_COLLECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsGuru::ResourceCollection.TagCollection",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppBoundaryKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) },
            ),
        },
    ],
    rules: &[],
};
