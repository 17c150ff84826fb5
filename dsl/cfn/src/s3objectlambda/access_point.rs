// @generated from AWS::S3ObjectLambda::AccessPoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3ObjectLambda::AccessPoint` and its property types.

/// The AWS::S3ObjectLambda::AccessPoint resource is an Amazon S3ObjectLambda resource type that you can use to add computation to S3 actions
///
/// CloudFormation type `AWS::S3ObjectLambda::AccessPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPoint {
    props: ::forma_core::schema::Props,
}
impl AccessPoint {
    /// A new resource with its required properties: `ObjectLambdaConfiguration`.
    #[track_caller]
    pub fn new(
        object_lambda_configuration: impl ::std::convert::Into<::forma_core::Value<ObjectLambdaConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, object_lambda_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name you want to assign to this Object lambda Access Point.
    ///
    /// Allowed: length 3 to 45.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccessPoint {
    type Attributes = AccessPointAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3ObjectLambda::AccessPoint"
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
/// The attributes of a `AWS::S3ObjectLambda::AccessPoint` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Alias`.
    pub fn alias(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Alias")
    }
    /// `Fn::GetAtt` `Alias.Value`.
    pub fn alias_value(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Alias.Value")
    }
    /// `Fn::GetAtt` `Alias.Status`.
    pub fn alias_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Alias.Status")
    }
    /// `Fn::GetAtt` `PolicyStatus`.
    pub fn policy_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "PolicyStatus")
    }
    /// `Fn::GetAtt` `PolicyStatus.IsPublic`.
    pub fn policy_status_is_public(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "PolicyStatus.IsPublic")
    }
    /// `Fn::GetAtt` `CreationDate`.
    pub fn creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDate")
    }
    /// `Fn::GetAtt` `PublicAccessBlockConfiguration`.
    pub fn public_access_block_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "PublicAccessBlockConfiguration")
    }
}

/// Configuration to be applied to this Object lambda Access Point.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectLambdaConfiguration {
    props: ::forma_core::schema::Props,
}
impl ObjectLambdaConfiguration {
    /// A new value with its required properties: `SupportingAccessPoint`, `TransformationConfigurations`.
    pub fn new(
        supporting_access_point: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transformation_configurations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<TransformationConfiguration>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, supporting_access_point.into().into_expr());
        props.set(3, transformation_configurations.into().into_expr());
        Self { props }
    }
    /// `AllowedFeatures`.
    pub fn allowed_features(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CloudWatchMetricsEnabled`.
    pub fn cloud_watch_metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ObjectLambdaConfiguration> for ::forma_core::Value<ObjectLambdaConfiguration> {
    fn from(v: ObjectLambdaConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_LAMBDA_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration to define what content transformation will be applied on which S3 Action.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformationConfiguration {
    props: ::forma_core::schema::Props,
}
impl TransformationConfiguration {
    /// A new value with its required properties: `Actions`, `ContentTransformation`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        content_transformation: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, content_transformation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TransformationConfiguration> for ::forma_core::Value<TransformationConfiguration> {
    fn from(v: TransformationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORMATION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::S3ObjectLambda::AccessPoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3ObjectLambda::AccessPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$"),
                min_length: Some(3),
                max_length: Some(45),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectLambdaConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OBJECT_LAMBDA_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "Alias",
        "Alias.Value",
        "Alias.Status",
        "PolicyStatus",
        "PolicyStatus.IsPublic",
        "CreationDate",
        "PublicAccessBlockConfiguration",
    ],
};

static OBJECT_LAMBDA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3ObjectLambda::AccessPoint.ObjectLambdaConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedFeatures",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchMetricsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SupportingAccessPoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TransformationConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRANSFORMATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TRANSFORMATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3ObjectLambda::AccessPoint.TransformationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContentTransformation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};
